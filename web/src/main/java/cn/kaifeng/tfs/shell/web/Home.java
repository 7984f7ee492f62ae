package cn.kaifeng.tfs.shell.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The site root sends each user to the home page of their role. */
@Named
@RequestScoped
public class Home {

    @Inject
    private CurrentUser currentUser;

    public String redirect() {
        return currentUser.homePath() + "?faces-redirect=true";
    }
}

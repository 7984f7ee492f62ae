package cn.kaifeng.tfs.organisation.web;

import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The profile an application kept at submission, as (label, shown value) rows in the reader's language. */
@ApplicationScoped
public class ProfileSnapshotRows {

    @Inject
    private Messages messages;

    public List<String[]> rows(Map<String, Object> snapshot) {
        List<String[]> rows = new ArrayList<>();
        String[][] labels = {
            {"registeredAddress", "profile.address", ""},
            {"district", "profile.district", "district."},
            {"foundedOn", "profile.founded", ""},
            {"tier", "profile.tier", "tier."},
            {"techFields", "profile.techFields", "techField."},
            {"scenes", "profile.scenes", "scene."},
            {"headcount", "profile.headcount", ""},
            {"revenueLastYear", "profile.revenue", ""},
            {"rdLastYear", "profile.rd", ""},
            {"leadName", "profile.lead", ""},
            {"contactName", "profile.contactName", ""},
            {"contactPhone", "profile.contactPhone", ""},
            {"coreTechnology", "profile.core", ""},
            {"ipSummary", "profile.ip", ""}
        };
        for (String[] label : labels) {
            Object value = snapshot.get(label[0]);
            if (value == null || (value instanceof List<?> l && l.isEmpty())) {
                continue;
            }
            String text = value instanceof List<?> l
                    ? String.join(
                            "、",
                            l.stream().map(o -> messages.text(label[2] + o)).toList())
                    : label[2].isEmpty() ? String.valueOf(value) : messages.text(label[2] + value);
            rows.add(new String[] {messages.text(label[1]), text});
        }
        if (snapshot.get("members") instanceof List<?> people && !people.isEmpty()) {
            // one row for the team: "name（role，title，employer，education，ID masked）" per member, as kept
            rows.add(new String[] {
                messages.text("profile.membersSnapshot"),
                String.join(
                        "；",
                        people.stream()
                                .filter(Map.class::isInstance)
                                .map(m -> member((Map<?, ?>) m))
                                .toList())
            });
        }
        return rows;
    }

    private String member(Map<?, ?> m) {
        List<String> parts = new ArrayList<>();
        for (String key : List.of("role", "title", "employer", "education", "idNumber")) {
            Object value = m.get(key);
            if (value != null) {
                parts.add(key.equals("education") ? messages.text("education." + value) : value.toString());
            }
        }
        return m.get("name") + "（" + String.join("，", parts) + "）";
    }
}

/** Applications for support: drafts pinned to a program version, their submission and their history. */
package cn.kaifeng.tfs.intake.domain;

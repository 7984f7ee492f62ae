/** Retention rules: each class of data, how long it is kept and what happens then (deleted or erased). */
package cn.kaifeng.tfs.privacy.domain;

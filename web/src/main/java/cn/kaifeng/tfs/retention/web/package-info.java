/** The administrators' page of retention rules and runs. */
package cn.kaifeng.tfs.retention.web;

/**
 * The program catalog: loads the shipped definition files at start-up, versions them in the database, imports and
 * publishes new versions, and hands out parsed definitions to the rest of the application.
 */
package cn.kaifeng.tfs.program.service;

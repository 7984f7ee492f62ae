/**
 * The bank face: banks offering policy-backed loans check, with the enterprise's authorisation (授权), whether it
 * is eligible and what support it was approved; they verify its letters and report the loans they grant. Every
 * question a bank asks is recorded; a bank only ever sees its own questions and reports. The bureau publishes the
 * eligible list (名单) of each program for banks that cannot integrate, and sees how support turns into credit.
 */
package cn.kaifeng.tfs.bank;

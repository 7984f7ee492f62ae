/**
 * The letter's rules in plain Java: its number (文号), the amount in Chinese capital numerals (大写金额), the
 * verification code, Chinese line breaking, the filled letter text, and the issued letter itself.
 */
package cn.kaifeng.tfs.letter.domain;

/**
 * Reading pool agreement files (config/pools/*.yaml) with the program definitions' reader parts ({@code Spec},
 * {@code Problems}): every problem of a hostile file (bounds, ratios that do not add up to 100 %, unknown programs or
 * banks, citations of clauses the policy does not have) reported together with file, line and path, in Chinese and
 * English.
 */
package cn.kaifeng.tfs.riskpool.definition;

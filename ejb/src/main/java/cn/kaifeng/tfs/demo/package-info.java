/**
 * Demo data, kept apart from everything else: loaded only when the environment says {@code TFS_DEMO=true}
 * (the demo run and the test server), never on a production start.
 */
package cn.kaifeng.tfs.demo;

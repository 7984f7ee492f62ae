/** The REST API's root: versioned under /api/v1, JSON-B, roles declared on every resource. */
package cn.kaifeng.tfs.api;

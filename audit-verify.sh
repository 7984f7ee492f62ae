#!/usr/bin/env bash
# Verifies the audit trail's hash chain of a running application (default http://localhost:8080, or the first
# argument). Needs an administrator: TFS_ADMIN_USER (default demo.admin) and TFS_ADMIN_PASSWORD (asked if unset).
# Exit code: 0 intact, 1 broken, 2 could not ask.
set -euo pipefail
cd "$(dirname "$0")"
exec java tools/VerifyAudit.java "$@"

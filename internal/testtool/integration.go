package testtool

import (
	"os"
	"testing"
)

// IntegrationEnv is the environment variable that turns on the integration
// tests: those that run validators, real clients or whole corpora. `.ci/run`
// sets it; `go test ./...` alone runs the fast unit tests.
const IntegrationEnv = "OFFPRINT_INTEGRATION"

// Integration skips t unless the integration tests are turned on
// (OFFPRINT_INTEGRATION=1). Call it first in every test that runs an
// external tool or a corpus.
func Integration(t testing.TB) {
	t.Helper()
	if v := os.Getenv(IntegrationEnv); v == "" || v == "0" {
		t.Skipf("integration test: set %s=1 to run it (.ci/run does)", IntegrationEnv)
	}
}

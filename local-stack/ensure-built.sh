# Sourced by run-local.sh and bench/*.sh: runs `./mvnw -B -q -DskipTests install` when an artifact the launcher needs
# is missing or older than its module's main sources (or the poms); does nothing otherwise.
# Expects the working directory to be the repository root.

ocop_stale_module() {
  local module=$1 artifact
  artifact=$(compgen -G "$module/$2" | grep -v -- "-tests.jar$" | head -1 || true)
  [[ -n "$artifact" ]] || return 0
  [[ -n "$(find "$module/src/main" "$module/pom.xml" pom.xml -newer "$artifact" -type f -print -quit 2>/dev/null)" ]]
}

ocop_ensure_built() {
  local pair
  for pair in contract:target/contract-*.jar \
              platform:target/platform-*.jar \
              embedded-infra:target/embedded-infra-*.jar \
              registry-service:target/quarkus-app/quarkus-run.jar \
              traceability-service:target/quarkus-app/quarkus-run.jar \
              local-stack:target/local-stack-*.jar; do
    if ocop_stale_module "${pair%%:*}" "${pair#*:}"; then
      echo "Building (./mvnw -B -q -DskipTests install): ${pair%%:*} is missing or older than its sources ..."
      ./mvnw -B -q -DskipTests install
      return
    fi
  done
}

ocop_launcher_classpath() {
  echo "local-stack/target/classes:$(cat local-stack/target/classpath.txt)"
}

# What every bench/*.sh ends with: builds what is stale, prints the cores, and runs the benchmark main class named
# by $1 (in vn.ocop.localstack.bench) with the remaining arguments.
ocop_run_bench() {
  local main=$1
  shift
  ocop_ensure_built
  echo "nproc: $(nproc)"
  exec java -Dfile.encoding=UTF-8 -cp "$(ocop_launcher_classpath)" "vn.ocop.localstack.bench.$main" "$@"
}

# Sourced by run-local.sh and bench/*.sh: runs `./mvnw -B -q -DskipTests install` when an artifact the launcher needs
# is missing or older than the main sources (or the poms) of the modules it is built from: a service packages the
# contract and platform jars it was built with, so a change there alone makes it stale. Does nothing otherwise.
# Expects the working directory to be the repository root.

ocop_stale_module() {
  local artifact
  artifact=$(compgen -G "$1" | grep -v -- "-tests.jar$" | head -1 || true)
  [[ -n "$artifact" ]] || return 0
  shift
  [[ -n "$(find "${@/%//src/main}" "${@/%//pom.xml}" pom.xml -newer "$artifact" -type f -print -quit 2>/dev/null)" ]]
}

ocop_ensure_built() {
  local entry sources
  # artifact, then the modules whose sources it is built from
  for entry in "contract/target/contract-*.jar contract" \
               "platform/target/platform-*.jar platform" \
               "embedded-infra/target/embedded-infra-*.jar embedded-infra" \
               "registry-service/target/quarkus-app/quarkus-run.jar registry-service platform contract" \
               "traceability-service/target/quarkus-app/quarkus-run.jar traceability-service platform contract" \
               "local-stack/target/local-stack-*.jar local-stack"; do
    read -ra sources <<< "$entry"
    if ocop_stale_module "${sources[@]}"; then
      echo "Building (./mvnw -B -q -DskipTests install): ${sources[1]} is missing or older than its sources ..."
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

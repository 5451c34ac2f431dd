package vn.ocop.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JavaRuntimesTest {

    @Test
    void readsTheMajorVersionOfOldAndNewVersionStrings() {
        assertThat(JavaRuntimes.parseMajor("openjdk version \"17.0.15\" 2025-04-15")).contains(17);
        assertThat(JavaRuntimes.parseMajor("openjdk version \"25\" 2025-09-16 LTS")).contains(25);
        assertThat(JavaRuntimes.parseMajor("java version \"1.8.0_392\"")).contains(8);
        assertThat(JavaRuntimes.parseMajor("no java here")).isEmpty();
    }

    @Test
    void findsThisJvmAmongTheRuntimesAndExplainsWhatIsMissing() {
        assertThat(JavaRuntimes.all()).anyMatch(r -> r.major() == Runtime.version().feature());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JavaRuntimes.atLeast(99))
                .hasMessageContaining("Java 99 or newer is needed").hasMessageContaining("OCOP_KEYCLOAK_JAVA_HOME");
    }
}

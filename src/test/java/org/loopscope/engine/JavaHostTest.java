package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java stand-ins print as Python prints the values they stand for. */
class JavaHostTest {

    private final JavaHost host = new JavaHost();

    /**
     * <pre>
     * for s in ["it's", 'say "hi"', 'both \' and "', 'tab\there\nnl\\', 'plain']: print(repr(s))
     * # "it's" / 'say "hi"' / 'both \' and "' / 'tab\there\nnl\\' / 'plain'
     * print([repr(ValueError("b"))], 2.0, None, True)      # ["ValueError('b')"] 2.0 None True
     * </pre>
     */
    @Test
    void reprsAreCPythons() {
        assertThat(host.repr("it's")).isEqualTo("\"it's\"");
        assertThat(host.repr("say \"hi\"")).isEqualTo("'say \"hi\"'");
        assertThat(host.repr("both ' and \"")).isEqualTo("'both \\' and \"'");
        assertThat(host.repr("tab\there\nnl\\")).isEqualTo("'tab\\there\\nnl\\\\'");
        assertThat(host.repr("plain")).isEqualTo("'plain'");
        assertThat(host.repr(List.of(host.repr(new PythonError("ValueError", "b")))))
                .isEqualTo("[\"ValueError('b')\"]");
        assertThat(host.repr(2.0)).isEqualTo("2.0");
        assertThat(host.repr(null)).isEqualTo("None");
        assertThat(host.repr(true)).isEqualTo("True");
    }
}

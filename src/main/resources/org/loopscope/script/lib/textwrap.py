"""textwrap: wrap, fill, shorten, dedent, indent (words split on whitespace only)."""


def wrap(text, width=70, *, initial_indent='', subsequent_indent='', break_long_words=True, **kwargs):
    words = text.split()
    lines = []
    current = initial_indent
    has_word = False
    for word in words:
        indent = initial_indent if not lines else subsequent_indent
        if not has_word:
            candidate = indent + word
        else:
            candidate = current + ' ' + word
        if len(candidate) <= width or not has_word:
            if not has_word and len(candidate) > width and break_long_words:
                room = max(width - len(indent), 1)
                while len(indent) + len(word) > width:
                    lines.append(indent + word[:room])
                    word = word[room:]
                    indent = subsequent_indent
                    room = max(width - len(indent), 1)
                candidate = indent + word
            current = candidate
            has_word = bool(word)
        else:
            lines.append(current)
            current = subsequent_indent + word
            has_word = True
    if has_word:
        lines.append(current)
    return lines


def fill(text, width=70, **kwargs):
    return '\n'.join(wrap(text, width, **kwargs))


def shorten(text, width, *, placeholder=' [...]', **kwargs):
    text = ' '.join(text.split())
    if len(text) <= width:
        return text
    words = text.split()
    out = ''
    for word in words:
        candidate = word if not out else out + ' ' + word
        if len(candidate) + len(placeholder) > width:
            break
        out = candidate
    if not out:
        return placeholder.lstrip()
    return out + placeholder


def dedent(text):
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        else:
            common = 0
            while common < len(margin) and common < len(indent) and margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append('')
        else:
            out.append(line[len(margin):] if margin else line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join([prefix + line if predicate(line) else line for line in text.splitlines(True)])

"""Regenerates the golden files of the syntax tests with CPython 3.11 (run: python3 regen.py).

valid/*.py and programs/*.py  ->  *.ast : ast.dump(include_attributes=True), columns in code points
expressions.txt               :  pairs of lines, an expression and its ast.dump (mode='eval'); dumps rewritten
errors/*.py                   ->  *.err : what `python3 NAME.py` prints on stderr, the path shortened to NAME.py
"""
import ast
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def char_columns(tree, source):
    lines = source.splitlines(keepends=True)

    def conv(line, col):
        if line is None or col is None or line < 1 or line > len(lines):
            return col
        return len(lines[line - 1].encode('utf-8')[:col].decode('utf-8', 'replace'))

    for node in ast.walk(tree):
        if hasattr(node, 'col_offset') and getattr(node, 'lineno', None) is not None:
            node.col_offset = conv(node.lineno, node.col_offset)
            node.end_col_offset = conv(node.end_lineno, node.end_col_offset)


def main():
    assert sys.version_info[:2] == (3, 11), 'goldens come from CPython 3.11'
    for path in sorted(glob.glob(os.path.join(HERE, 'valid', '*.py')) + glob.glob(os.path.join(HERE, 'programs', '*.py'))):
        source = open(path, encoding='utf-8').read()
        tree = ast.parse(source)
        char_columns(tree, source)
        with open(path[:-3] + '.ast', 'w', encoding='utf-8') as out:
            out.write(ast.dump(tree, include_attributes=True) + '\n')
    pairs = os.path.join(HERE, 'expressions.txt')
    sources = open(pairs, encoding='utf-8').read().splitlines()[0::2]
    with open(pairs, 'w', encoding='utf-8') as out:
        for src in sources:
            out.write(src + '\n' + ast.dump(ast.parse(src, mode='eval').body) + '\n')
    folder = os.path.join(HERE, 'errors')
    for path in sorted(glob.glob(os.path.join(folder, '*.py'))):
        name = os.path.basename(path)
        run = subprocess.run([sys.executable, name], cwd=folder, capture_output=True, stdin=subprocess.DEVNULL)
        # CPython shows the script's absolute path; the tests parse with the bare file name.
        with open(path[:-3] + '.err', 'wb') as out:
            out.write(run.stderr.replace(os.path.abspath(path).encode(), name.encode()))


if __name__ == '__main__':
    main()

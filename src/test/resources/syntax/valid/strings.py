x = 'a'
x = "b"
x = '''c'''
x = """d
e"""
x = 'a' 'b' "c"
x = r'\n\t'
x = R"raw\"quote"
x = b'bytes'
x = B"\x00\xff"
x = rb'\d'
x = Br'\d'
x = u'unicode'
x = U'upper u'
x = 'esc \n \t \\ \' \" \a \b \f \v \r \0 \12 \377'
x = '\x41\u00e9\U0001F600'
x = '\N{LATIN SMALL LETTER A}\N{EM DASH}'
x = 'line \
continued'
x = 'unknown \d \q'
x = b'\x41\101\n\\'
x = f'plain'
x = f''
x = f'{a}'
x = f'{a!r}'
x = f'{a!s:>10}'
x = f'{a:{b}.{c}}'
x = f'{a=}'
x = f'{a = }'
x = f'{a=!s}'
x = f'{a=:>5}'
x = f'{{literal}} {a}'
x = f'a{b}c{d}e'
x = 'x' f'{y}' 'z'
x = f'{a}' f'{b}'
x = f"{'nested'}"
x = f'{x["key"]}'
x = f'{f"{inner}"}'
x = f'{a + b * 2}'
x = f'{ a }'
x = f'{a, b}'
x = f'{lambda_ if c else d}'
x = f'{a!r:^{width}}'
x = rf'{a}\n'
x = fr'\d{a}'
x = F'{a}'
x = f'{x:%Y-%m-%d}'
x = f'{3.14:.2f}'
x = f'{a}{b}'
x = f'{a:}'
x = f'{"a" "b"}'
x = f"""
{a}
  {b}
"""
x = f'{a!a}'
x = f'{a == b}'
x = f'{a != b}'
x = f'{a <= b}'
x = f'{d["k"]!r:>{w}}'

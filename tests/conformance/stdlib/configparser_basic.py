# configparser: reading, typed getters, DEFAULT, interpolation, mapping access, writing, errors.
import configparser
import io

text = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
home = /home/me

[bitbucket.org]
User = hg
path = %(home)s/bb

[topsecret.server.com]
Port = 50022
ForwardX11 = no
multi = first line
    second line

    fourth line
; another comment
empty =
colon: value with : colon
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults())
print(cp.has_section("bitbucket.org"), cp.has_section("nope"), cp.has_option("bitbucket.org", "USER"))
print(cp.options("bitbucket.org"))
print(cp.get("bitbucket.org", "user"), cp.get("bitbucket.org", "path"),
      cp.get("bitbucket.org", "path", raw=True))
print(cp.getint("topsecret.server.com", "port"), cp.getfloat("DEFAULT", "compressionlevel"),
      cp.getboolean("topsecret.server.com", "forwardx11"), cp.getboolean("bitbucket.org", "compression"))
print(repr(cp.get("topsecret.server.com", "multi")), repr(cp["topsecret.server.com"]["empty"]),
      cp["topsecret.server.com"]["colon"])
print(cp.items("bitbucket.org"))
print(list(cp), list(cp["bitbucket.org"]), "user" in cp["bitbucket.org"], len(cp))
sec = cp["bitbucket.org"]
print(sec, sec.name, sec.get("missing", "fb"), sec.getint("compressionlevel"), sec.getboolean("x", True))
print(cp.get("nope", "x", fallback="FB"), cp.getint("bitbucket.org", "x", fallback=7))
for bad in [lambda: cp.get("nope", "x"), lambda: cp.get("bitbucket.org", "x"),
            lambda: cp.getint("bitbucket.org", "user"), lambda: cp.getboolean("bitbucket.org", "user"),
            lambda: cp.add_section("bitbucket.org"), lambda: cp.add_section("DEFAULT"),
            lambda: cp["nope"]]:
    try:
        bad()
    except (configparser.Error, ValueError, KeyError) as e:
        print(type(e).__name__, e)

cp.set("bitbucket.org", "new", "v1")
cp.add_section("added")
cp["added"]["k"] = "v"
cp["dictsec"] = {"a": "1", "b": "two"}
print(cp.remove_option("bitbucket.org", "user"), cp.remove_option("bitbucket.org", "user"),
      cp.remove_section("topsecret.server.com"), cp.remove_section("zzz"))
out = io.StringIO()
cp.write(out)
print(out.getvalue(), end="")
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:3])

bad_interp = configparser.ConfigParser()
bad_interp.read_string("[s]\na = %(missing)s\nb = 100%\nc = %(c)s\n")
for opt in ["a", "b", "c"]:
    try:
        bad_interp.get("s", opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, e)

raw = configparser.RawConfigParser()
raw.read_string("[s]\npath = %(home)s/x\n")
print(raw.get("s", "path"))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[common]\nroot = /opt\n[app]\nbin = ${common:root}/bin\nlib = ${bin}/../lib\n")
print(ext.get("app", "bin"), ext.get("app", "lib"))

nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string("[flags]\nskip-bdb\nkey = 1\n")
print(nv.get("flags", "skip-bdb"), nv.items("flags"))

for src in ["no header = 1\n", "[s]\na = 1\na = 2\n", "[s]\n[s]\n", "[s]\nnovalue\n"]:
    try:
        configparser.ConfigParser().read_string(src)
    except configparser.Error as e:
        print(type(e).__name__, e)

d = configparser.ConfigParser(defaults={"x": "1"})
d.read_dict({"sec": {"n": 5, "f": 1.5}})
print(d.get("sec", "n"), d.get("sec", "x"), d.getfloat("sec", "f"))
ic = configparser.ConfigParser(inline_comment_prefixes=(";",))
ic.read_string("[s]\nk = value ; comment\nurl = a;b\n")
print(ic.get("s", "k"), ic.get("s", "url"))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)

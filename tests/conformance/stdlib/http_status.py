# http.HTTPStatus and HTTPMethod: values, names, phrases, descriptions, reprs, lookups
from http import HTTPStatus, HTTPMethod
import http
s = HTTPStatus.NOT_FOUND
print(s, repr(s), s.value, s.phrase, s.description, s == 404, HTTPStatus(200).name, f"{s}", int(s) + 1, str(s))
print(len(HTTPStatus), [x.value for x in HTTPStatus][:10], HTTPStatus["IM_A_TEAPOT"].phrase)
print(HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod("PUT").description, HTTPMethod.GET == "GET", list(HTTPMethod)[:3], f"{HTTPMethod.HEAD}")
for code in (200, 301, 418, 500):
    st = HTTPStatus(code)
    print(f"{st.value} {st.phrase:<25} {st.name}")
try:
    HTTPStatus(299)
except ValueError as e:
    print("ValueError", e)
print(http.__all__, isinstance(HTTPStatus.OK, int), sorted(HTTPStatus.__members__)[:3])
import os, pathlib
class P:
    def __fspath__(self):
        return "x"
print(isinstance(pathlib.Path("a"), os.PathLike), isinstance("s", os.PathLike), isinstance(P(), os.PathLike), issubclass(P, os.PathLike), os.PathLike.__name__)

# unittest: assertions and their messages, fixtures, skips, subtests, runner output, main().
import io
import sys
import time
import unittest

time.perf_counter = lambda: 0.0  # make "Ran N tests in 0.000s" deterministic


class Asserts(unittest.TestCase):
    def test_equal_int(self):
        self.assertEqual(1, 2)

    def test_equal_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4, 5])

    def test_equal_dict(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_equal_set(self):
        self.assertEqual({1, 2}, {2, 3})

    def test_equal_str(self):
        self.assertEqual("hello\nworld\n", "hello\nword\n")

    def test_equal_tuple_msg(self):
        self.assertEqual((1, 2), (1, 3), "custom message")

    def test_long_repr(self):
        self.assertEqual("x" * 100 + "a", "x" * 100 + "b")

    def test_true_false(self):
        self.assertTrue(0)

    def test_false(self):
        self.assertFalse([1])

    def test_in(self):
        self.assertIn(3, [1, 2])

    def test_not_in(self):
        self.assertNotIn(1, [1, 2])

    def test_is(self):
        self.assertIs(None, 1)

    def test_is_none(self):
        self.assertIsNone(5)

    def test_isinstance(self):
        self.assertIsInstance(1, str)

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_delta(self):
        self.assertAlmostEqual(1.0, 1.5, delta=0.1)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_less_equal(self):
        self.assertLessEqual(3, 2)

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

    def test_raises_missing(self):
        with self.assertRaises(ValueError):
            pass

    def test_raises_callable(self):
        self.assertRaises(KeyError, int, "5")

    def test_raises_ok(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero")

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "^bad"):
            raise ValueError("not bad")

    def test_not_equal(self):
        self.assertNotEqual(2, 2)

    def test_error(self):
        {}["missing"]

    def test_fail(self):
        self.fail("explicit failure")

    def test_sequence_len(self):
        self.assertSequenceEqual([1, 2], [1, 2, 3])


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def setUp(self):
        self.log.append("setUp " + self._testMethodName)
        self.addCleanup(self.log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        self.log.append("tearDown")

    def test_one(self):
        """First line of the doc.

        More text.
        """
        self.log.append("one")

    def test_two(self):
        self.log.append("two")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.skipIf(True, "condition")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "runs")
    def test_skip_unless(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_skiptest(self):
        self.skipTest("skipped inside")


class SetUpFails(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")

    def test_never(self):
        pass


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_x(self):
        pass


def run(cls, verbosity):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(cls)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(stream.getvalue(), end="")
    print(result, result.wasSuccessful(), len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))


run(Asserts, 1)
run(Fixtures, 2)
print(Fixtures.log)
run(SetUpFails, 1)
run(SkippedClass, 2)
print(unittest.defaultTestLoader.getTestCaseNames(Fixtures))
t = Fixtures("test_one")
print(t, repr(t), t.id(), t.shortDescription(), t.countTestCases())
try:
    Fixtures("nope")
except ValueError as e:
    print("ValueError:", str(e).replace(__name__, "M"))
suite = unittest.TestSuite([Fixtures("test_two"), Fixtures("test_one")])
print(suite.countTestCases())
res = unittest.TestResult()
suite.run(res)
print(res.testsRun, res.wasSuccessful())


class Main(unittest.TestCase):
    def test_a(self):
        self.assertEqual("a", "a")

    def test_b(self):
        self.assertEqual(sum([1, 2]), 4)


sys.argv = ["prog", "-v", "Main"]
unittest.main()

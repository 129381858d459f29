"""a small unittest suite run with unittest.main(exit=False); the report's timing is masked."""
import io
import re
import sys
import unittest


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class FibTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.table = [fib(i) for i in range(15)]

    def setUp(self):
        self.values = list(self.table)

    def tearDown(self):
        self.values = None

    def test_small(self):
        self.assertEqual(fib(0), 0)
        self.assertEqual(fib(10), 55)

    def test_table(self):
        self.assertListEqual(self.values[:5], [0, 1, 1, 2, 3])
        self.assertIn(89, self.values)
        self.assertNotIn(4, self.values)

    def test_types(self):
        self.assertIsInstance(fib(3), int)
        self.assertTrue(fib(5) > 4)
        self.assertFalse(fib(1) > 1)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(3, 2)
        self.assertLessEqual(2, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({'a': 1}, {'a': 1})
        self.assertRegex('hello world', r'w\w+')

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        with self.assertRaisesRegex(ValueError, 'invalid literal'):
            int('x')
        self.assertRaises(TypeError, len, 5)

    def test_failure(self):
        self.assertEqual(fib(6), 9, 'fib(6) is wrong')

    def test_failure_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_failure_dict(self):
        self.assertDictEqual({'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3]})

    def test_failure_str(self):
        self.assertEqual('first line\nsecond\n', 'first line\nsecond line\n')

    def test_error(self):
        {}['missing']

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)


class OtherTests(unittest.TestCase):
    def test_ok(self):
        self.assertEqual('a'.upper(), 'A')

    @unittest.skipIf(sys.version_info >= (3,), 'py3')
    def test_skipif(self):
        pass

    def test_true_msg(self):
        self.assertTrue(0, msg='zero is falsy')


def masked(text):
    return re.sub(r'in \d+\.\d+s', 'in <T>s', text)


if __name__ == "__main__":
    for verbosity in (1, 2):
        stream = io.StringIO()
        runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
        prog = unittest.main(exit=False, testRunner=runner, argv=['prog'])
        print(masked(stream.getvalue()))
        r = prog.result
        print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped),
              len(r.expectedFailures), len(r.unexpectedSuccesses), r.wasSuccessful())
    suite = unittest.TestLoader().loadTestsFromTestCase(OtherTests)
    stream = io.StringIO()
    res = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
    print(masked(stream.getvalue()))
    print(res)
    print(sorted(unittest.TestLoader().getTestCaseNames(FibTests))[:3])
    suite = unittest.TestSuite([FibTests('test_small'), OtherTests('test_ok')])
    print(suite.countTestCases(), [t.id() for t in suite])
    result = unittest.TestResult()
    suite.run(result)
    print(result.testsRun, result.wasSuccessful())

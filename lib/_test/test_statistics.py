"""statistics: exact means/variances on ints, floats, Fractions, mixes;
medians, modes, quantiles, regression, NormalDist, errors."""
import random


class Fraction:
    """A placeholder turned into the module's own Fraction by mk()."""

    def __init__(self, n, d=1):
        self.n, self.d = n, d

    def __repr__(self):
        return 'Fraction(%r, %r)' % (self.n, self.d)


def mk(m, data):
    return [m.Fraction(x.n, x.d) if isinstance(x, Fraction) else x for x in data]


def run(t):
    rng = random.Random(8)
    datasets = [[1, 2, 3, 4], [2.5, 3.25, 5.75], [1, 2.5, Fraction(1, 3)], [Fraction(1, 6), Fraction(1, 2)],
                [True, False, 3], [10 ** 20, 1, 3], [1e308, 1e308], [1.5], [], [0.1] * 10, [-1, -2, -3.5],
                [float('inf'), 1.0], [float('nan'), 1.0], [1, 1, 2, 3, 3], ['a', 'b', 'b'], [5]]
    for i in range(30):
        datasets.append([rng.random() * 100 for _ in range(rng.randrange(2, 30))])
        datasets.append([rng.randrange(-100, 100) for _ in range(rng.randrange(2, 30))])
        datasets.append([rng.gauss(0, 1e-3) for _ in range(rng.randrange(2, 10))])
    for d in datasets:
        for name in ('mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high',
                     'median_grouped', 'mode', 'multimode', 'variance', 'pvariance', 'stdev', 'pstdev'):
            t.same('%s(%r)' % (name, d), lambda m: getattr(m, name)(mk(m, d)))
            t.same('%s(iter %r)' % (name, d), lambda m: getattr(m, name)(iter(mk(m, d)))
                   if name != 'harmonic_mean' else 0)
        for n in (1, 2, 4, 10):
            t.same('quantiles %r %d' % (d, n), lambda m: m.quantiles(mk(m, d), n=n))
            t.same('quantiles incl %r %d' % (d, n), lambda m: m.quantiles(mk(m, d), n=n, method='inclusive'))
    for expr in ['m.variance([1, 2, 3], 2)', 'm.pvariance([1.5, 2.5], 2)', 'm.stdev([1, 2, 3, 4], 2.5)',
                 'm.harmonic_mean([40, 60], weights=[5, 30])', 'm.harmonic_mean([0, 5])',
                 'm.harmonic_mean([-1, 5])', 'm.fmean([1, 2, 3], weights=[3, 2, 1])', 'm.median_grouped([1, 2, 2, 3, 4], 2)',
                 'm.covariance([1, 2, 3], [1, 3, 2])', 'm.correlation([1, 2, 3], [1, 3, 2])',
                 'm.correlation([1, 1, 1], [1, 2, 3])', 'm.linear_regression([1, 2, 3], [2, 4, 7])',
                 'm.linear_regression([1, 2, 3], [2, 4, 7], proportional=True)', 'm.linear_regression([1, 1], [2, 3])',
                 'm.covariance([1], [2])', 'm.quantiles([1], n=4)', 'm.quantiles([1, 2], n=0)',
                 'm.quantiles([1, 2], method="x")', 'isinstance(m.StatisticsError(), ValueError)',
                 'm.NormalDist(1, 2)', 'm.NormalDist(0, 1).cdf(1.5)', 'm.NormalDist(0, 1).inv_cdf(0.975)',
                 'm.NormalDist(3, 2).pdf(2.5)', 'm.NormalDist.from_samples([1, 2, 3, 5])',
                 'm.NormalDist(1, 2) + m.NormalDist(3, 4)', 'm.NormalDist(0, 1).quantiles()',
                 'm.NormalDist(1, -1)', 'm.NormalDist(5, 2).zscore(8)', 'm.mean(["a"])',
                 'm.variance([1, 2], "x")', 'm.mean([1, 2]) + 0', 'type(m.mean([1, 3]))', 'type(m.mean([1, 2]))',
                 'm.geometric_mean([0, 1])', 'm.variance(iter([1.0, 2.0, 4.0]))']:
        t.same(expr, lambda m: eval(expr))

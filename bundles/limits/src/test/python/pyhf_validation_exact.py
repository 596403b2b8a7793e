"""Independent re-computation of pyhf's validation cases (PyhfValidationTest) with scipy.

Not run in CI (the project is Java); it documents where the exact numbers in PyhfValidationTest come
from. Written for this project from the definitions (HistFactory: continuous Poisson main terms,
shapesys Poisson constraints with tau = (b/delta)^2, normsys code1, histosys code0, lumi Gaussian;
asymptotic CLs with q_mu or q0 as in arXiv:1007.1727). Kinks of code0/code1 at alpha = 0 are handled
by minimising on both half-lines of every alpha and keeping the lower minimum.
Usage: python3 pyhf_validation_exact.py
"""
import itertools
import math

import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln
from scipy.stats import norm


class Model:
    def __init__(self, samples, data, n_alpha=0, lumi_sigma=None, poisson=None, free=None):
        # samples: list of (offset, nominal, mods); mods: ('mu',), ('gamma', idx list), ('alpha1', hi, lo),
        # ('alpha0', hi_data, lo_data), ('lumi',), ('sf', idx list)
        self.samples, self.data = samples, np.array(data, float)
        self.n_alpha, self.lumi_sigma = n_alpha, lumi_sigma
        self.poisson = poisson or []  # list of (gamma index, tau)
        self.free = free or 0  # number of free gammas/shapefactors
        self.aux_alpha = np.zeros(n_alpha)
        self.aux_lumi = 1.0
        self.aux_pois = np.array([t for _, t in self.poisson])

    def npar(self):
        return 1 + self.n_alpha + (1 if self.lumi_sigma else 0) + self.free

    def expected(self, x):
        mu = x[0]
        alpha = x[1:1 + self.n_alpha]
        k = 1 + self.n_alpha
        lumi = x[k] if self.lumi_sigma else 1.0
        k += 1 if self.lumi_sigma else 0
        g = x[k:]
        lam = np.zeros(len(self.data))
        for off, nom, mods in self.samples:
            nom = np.array(nom, float)
            add = nom.copy()
            fac = np.ones(len(nom))
            for m in mods:
                if m[0] == 'mu':
                    fac *= mu
                elif m[0] == 'gamma' or m[0] == 'sf':
                    fac *= np.array([g[i] for i in m[1]])
                elif m[0] == 'alpha1':
                    a = alpha[m[3]]
                    fac *= (m[1] ** a) if a > 0 else (m[2] ** (-a))
                elif m[0] == 'alpha0':
                    a = alpha[m[3]]
                    hi, lo = np.array(m[1], float), np.array(m[2], float)
                    add += a * (hi - nom) if a > 0 else a * (nom - lo)
                elif m[0] == 'lumi':
                    fac *= lumi
            lam[off:off + len(nom)] += add * fac
        return lam

    def nll(self, x):
        lam = self.expected(x)
        if np.any(lam <= 0):
            return 1e300
        v = np.sum(lam - self.data * np.log(lam) + gammaln(self.data + 1))
        alpha = x[1:1 + self.n_alpha]
        v += 0.5 * np.sum((self.aux_alpha - alpha) ** 2)
        k = 1 + self.n_alpha
        if self.lumi_sigma:
            v += 0.5 * ((self.aux_lumi - x[k]) / self.lumi_sigma) ** 2
            k += 1
        g = x[k:]
        for (i, tau), aux in zip(self.poisson, self.aux_pois):
            nu = g[i] * tau
            v += nu - aux * math.log(nu) + gammaln(aux + 1)
        return v

    def bounds(self):
        b = [(0.0, 10.0)] + [(-5.0, 5.0)] * self.n_alpha
        if self.lumi_sigma:
            b.append((0.0, 10.0))
        b += [(1e-10, 10.0)] * self.free
        return b

    def fit(self, mu=None):
        best = None
        for signs in itertools.product([-1, 1], repeat=self.n_alpha):
            b = self.bounds()
            for j, s in enumerate(signs):
                b[1 + j] = (0.0, 5.0) if s > 0 else (-5.0, 0.0)
            if mu is not None:
                b[0] = (mu, mu)
            x0 = np.array([np.clip(1.0, *bb) if i == 0 else np.clip(0.0 if 1 <= i <= self.n_alpha else 1.0, *bb)
                           for i, bb in enumerate(b)])
            for method in ('L-BFGS-B', 'Powell'):
                r = minimize(self.nll, x0, method=method, bounds=b,
                             options={'ftol': 1e-15, 'gtol': 1e-12, 'maxiter': 100000} if method == 'L-BFGS-B'
                             else {'xtol': 1e-12, 'ftol': 1e-15, 'maxiter': 100000})
                x0 = r.x
            if best is None or r.fun < best.fun:
                best = r
        return best

    def asimov(self, x):
        a = Model(self.samples, self.expected(x), self.n_alpha, self.lumi_sigma, self.poisson, self.free)
        a.aux_alpha = np.array(x[1:1 + self.n_alpha])
        k = 1 + self.n_alpha
        if self.lumi_sigma:
            a.aux_lumi = x[k]
            k += 1
        a.aux_pois = np.array([x[k + i] * t for i, t in self.poisson])
        return a


def q(model, mu, free):
    if free.x[0] > mu:
        return 0.0
    return max(0.0, 2 * (model.fit(mu).fun - free.fun))


def hypotest(model, mu, stat):
    free = model.fit()
    if stat == 'q0':
        cond = model.fit(1.0)
        asimov = model.asimov(cond.x)
        q0 = 0.0 if free.x[0] < 0 else max(0.0, 2 * (model.fit(0.0).fun - free.fun))
        fa = asimov.fit()
        q0a = max(0.0, 2 * (asimov.fit(0.0).fun - fa.fun))
        sq, sqa = math.sqrt(q0), math.sqrt(q0a)
        return norm.cdf(-sq), [norm.cdf(n - sqa) for n in (-2, -1, 0, 1, 2)]
    cond = model.fit(0.0)
    asimov = model.asimov(cond.x)
    qo = q(model, mu, free)
    qa = q(asimov, mu, asimov.fit())
    sq, sqa = math.sqrt(qo), math.sqrt(qa)
    ts = sq - sqa
    obs = norm.cdf(-(ts + sqa)) / norm.cdf(-ts)
    exp = [norm.cdf(n - sqa) / norm.cdf(n) for n in (-2, -1, 0, 1, 2)]
    return obs, exp


def tau(b, d):
    return (b / d) ** 2


CASES = {
    '1bin_shapesys': (Model([(0, [10], [('mu',)]), (0, [50], [('gamma', [0])])], [55],
                            poisson=[(0, tau(50, 7))], free=1), 1.0, 'q'),
    '1bin_shapesys_q0': (Model([(0, [25], [('mu',)]), (0, [50], [('gamma', [0])])], [80],
                               poisson=[(0, tau(50, 7))], free=1), 0.0, 'q0'),
    '1bin_lumi': (Model([(0, [20], [('mu',)]), (0, [100], [('lumi',)]), (0, [0], [('lumi',)])], [55],
                        lumi_sigma=0.1), 1.0, 'q'),
    '1bin_normsys': (Model([(0, [30, 95], [('mu',)]), (0, [100, 150], [('alpha1', 1.1, 0.9, 0)])], [120, 180],
                           n_alpha=1), 1.0, 'q'),
    '2bin_histosys': (Model([(0, [30, 95], [('mu',)]),
                             (0, [100, 150], [('alpha0', [102, 190], [98, 100], 0)])], [120, 180], n_alpha=1),
                      1.0, 'q'),
    '2bin_2channel': (Model([(0, [10, 35], [('mu',)]), (0, [100, 150], [('gamma', [0, 1])]),
                             (2, [200, 350], [('gamma', [2, 3])])], [110, 155, 205, 345],
                            poisson=[(0, tau(100, 10)), (1, tau(150, 10)), (2, tau(200, 5)), (3, tau(350, 10))],
                            free=4), 1.0, 'q'),
    '2bin_2channel_couplednorm': (Model([(0, [10, 35], [('mu',)]), (0, [100, 100], [('alpha1', 1.1, 0.9, 0)]),
                                         (0, [50, 100], [('alpha1', 1.5, 0.5, 0)]),
                                         (2, [100, 100], [('alpha1', 1.1, 0.9, 0)])], [105, 220, 110, 105],
                                        n_alpha=1), 1.0, 'q'),
    '2bin_2channel_coupledhistosys': (Model([(0, [30, 35], [('mu',)]),
                                             (0, [100, 100], [('alpha0', [110, 110], [90, 90], 0)]),
                                             (0, [50, 120], [('alpha0', [55, 55], [45, 45], 0)]),
                                             (2, [105, 100], [('alpha0', [110, 115], [95, 90], 0)])],
                                            [170, 220, 110, 105], n_alpha=1), 1.0, 'q'),
    '2bin_2channel_coupledshapefactor': (Model([(0, [20, 20], [('mu',)]), (0, [100, 70], [('sf', [0, 1])]),
                                                (2, [100, 100], [('sf', [0, 1])])], [220, 230, 200, 300],
                                               free=2), 1.0, 'q'),
}

if __name__ == '__main__':
    for name, (m, mu, stat) in CASES.items():
        obs, exp = hypotest(m, mu, stat)
        print(name, repr(obs), [repr(e) for e in exp])

#!/usr/bin/python3
"""The same networks as bundles/classifier-nn's MlpBenchmark, trained with Debian's python3-torch.

Usage: torch_mlp.py PRESET THREADS ROUNDS STEPS
PRESET thesis = 26 -> 12 x 170 ELU -> 1 (batch 4608), default = 26 -> 3 x 64 ELU -> 1 (batch 4608 here too).
Prints lines like MlpBenchmark: "torch <preset> <threads> train|train-per-cpu-second|infer median ... rounds ...".
Same work per step as the Java code: forward, weighted BCE (from logits), backward, Adam (lr 1e-4).
"""
import sys
import time

import torch

preset, threads, rounds, steps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
torch.set_num_threads(threads)
torch.manual_seed(1)
width, depth = (170, 12) if preset == "thesis" else (64, 3)
batch, dims = 4608, 26
layers, inputs = [], dims
for _ in range(depth):
    layers += [torch.nn.Linear(inputs, width), torch.nn.ELU()]
    inputs = width
layers.append(torch.nn.Linear(inputs, 1))
net = torch.nn.Sequential(*layers)
optimiser = torch.optim.Adam(net.parameters(), lr=1e-4)
rows = batch * steps
x = torch.rand(rows, dims)
y = (torch.rand(rows, 1) < 0.5).float()
w = torch.ones(rows, 1)
multiply_adds = sum(m.in_features * m.out_features for m in net if isinstance(m, torch.nn.Linear))


def step(s):
    xb, yb, wb = x[s * batch:(s + 1) * batch], y[s * batch:(s + 1) * batch], w[s * batch:(s + 1) * batch]
    optimiser.zero_grad(set_to_none=True)
    loss = (torch.nn.functional.binary_cross_entropy_with_logits(net(xb), yb, reduction="none") * wb).sum() / wb.sum()
    loss.backward()
    optimiser.step()


for s in range(2):  # warm-up, as in the Java benchmark
    step(s % steps)
train, train_cpu, infer = [], [], []
for _ in range(rounds):
    t0, c0 = time.perf_counter(), time.process_time()
    for s in range(steps):
        step(s)
    train.append(rows / (time.perf_counter() - t0))
    train_cpu.append(rows / (time.process_time() - c0))
    with torch.no_grad():
        t1 = time.perf_counter()
        for s in range(steps):
            net(x[s * batch:(s + 1) * batch])
        infer.append(rows / (time.perf_counter() - t1))


def show(what, rates, flops):
    r = sorted(rates)
    median = r[len(r) // 2]
    print("torch %s %d %s median %.0f min %.0f max %.0f GFLOP/s %.1f rounds %s" % (
        preset, threads, what, median, r[0], r[-1], median * flops / 1e9, " ".join("%.0f" % v for v in rates)))


show("train", train, 6.0 * multiply_adds)
show("train-per-cpu-second", train_cpu, 6.0 * multiply_adds)
show("infer", infer, 2.0 * multiply_adds)

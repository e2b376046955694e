package dev.walletgate.bootstrap.bench;

/** A funded player of the benchmark with its open session. */
record BenchPlayer(String id, String session) {}

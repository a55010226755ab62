"""The term miner: documents in, aligned definitions out (no Qt, no SQL)."""

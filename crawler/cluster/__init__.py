"""One crawl across several Scrapyd nodes: one shard per node, lost shards run again, items merged once."""

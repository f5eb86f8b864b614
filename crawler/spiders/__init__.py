"""The project's spiders: one per site, each choosing only what to fetch next."""

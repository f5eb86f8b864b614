"""Any blog to a Hugo content tree: find its posts, extract each faithfully, write it as a page bundle."""

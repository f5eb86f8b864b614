{"title": "The Revenant", "year": 2015, "awards": 3, "nominations": 12, "best_picture": false}
{"title": "Mad Max: Fury Road", "year": 2015, "awards": 6, "nominations": 10, "best_picture": false}
{"title": "Spotlight", "year": 2015, "awards": 2, "nominations": 6, "best_picture": true}
{"title": "Bridge of Spies", "year": 2015, "awards": 1, "nominations": 6, "best_picture": false}
{"title": "Birdman", "year": 2014, "awards": 4, "nominations": 9, "best_picture": true}
{"title": "The Grand Budapest Hotel", "year": 2014, "awards": 4, "nominations": 9, "best_picture": false}
{"title": "The Imitation Game", "year": 2014, "awards": 1, "nominations": 8, "best_picture": false}
{"title": "American Sniper", "year": 2014, "awards": 1, "nominations": 6, "best_picture": false}
{"title": "Boyhood", "year": 2014, "awards": 1, "nominations": 6, "best_picture": false}
{"title": "Whiplash", "year": 2014, "awards": 3, "nominations": 5, "best_picture": false}
{"title": "Interstellar", "year": 2014, "awards": 1, "nominations": 5, "best_picture": false}
{"title": "Gravity", "year": 2013, "awards": 7, "nominations": 10, "best_picture": false}
{"title": "12 Years a Slave", "year": 2013, "awards": 3, "nominations": 9, "best_picture": true}
{"title": "Dallas Buyers Club", "year": 2013, "awards": 3, "nominations": 6, "best_picture": false}
{"title": "Her", "year": 2013, "awards": 1, "nominations": 5, "best_picture": false}
{"title": "Lincoln", "year": 2012, "awards": 2, "nominations": 12, "best_picture": false}
{"title": "Life of Pi", "year": 2012, "awards": 4, "nominations": 11, "best_picture": false}
{"title": "Les Misérables", "year": 2012, "awards": 3, "nominations": 8, "best_picture": false}
{"title": "Silver Linings Playbook", "year": 2012, "awards": 1, "nominations": 8, "best_picture": false}
{"title": "Argo", "year": 2012, "awards": 3, "nominations": 7, "best_picture": true}
{"title": "Skyfall", "year": 2012, "awards": 2, "nominations": 5, "best_picture": false}
{"title": "Django Unchained", "year": 2012, "awards": 2, "nominations": 5, "best_picture": false}
{"title": "Zero Dark Thirty", "year": 2012, "awards": 1, "nominations": 5, "best_picture": false}
{"title": "Hugo", "year": 2011, "awards": 5, "nominations": 11, "best_picture": false}
{"title": "The Artist", "year": 2011, "awards": 5, "nominations": 10, "best_picture": true}
{"title": "The King's Speech", "year": 2010, "awards": 4, "nominations": 12, "best_picture": true}
{"title": "Inception", "year": 2010, "awards": 4, "nominations": 8, "best_picture": false}
{"title": "The Social Network", "year": 2010, "awards": 3, "nominations": 8, "best_picture": false}
{"title": "The Fighter", "year": 2010, "awards": 2, "nominations": 7, "best_picture": false}
{"title": "Black Swan", "year": 2010, "awards": 1, "nominations": 5, "best_picture": false}
{"title": "Toy Story 3", "year": 2010, "awards": 2, "nominations": 5, "best_picture": false}

{"name": "Afghanistan", "capital": "Kabul", "population": 29121286, "area": 647500.0}
{"name": "Albania", "capital": "Tirana", "population": 2986952, "area": 28748.0}
{"name": "Algeria", "capital": "Algiers", "population": 34586184, "area": 2381740.0}
{"name": "American Samoa", "capital": "Pago Pago", "population": 57881, "area": 199.0}
{"name": "Anaheim Ducks", "year": 2006, "wins": 48, "losses": 20, "ot_losses": 14, "win_pct": 0.585, "goals_for": 258, "goals_against": 208, "goal_diff": 50}
{"name": "Anaheim Ducks", "year": 2007, "wins": 47, "losses": 27, "ot_losses": 8, "win_pct": 0.573, "goals_for": 205, "goals_against": 191, "goal_diff": 14}
{"name": "Anaheim Ducks", "year": 2008, "wins": 42, "losses": 33, "ot_losses": 7, "win_pct": 0.512, "goals_for": 245, "goals_against": 238, "goal_diff": 7}
{"name": "Anaheim Ducks", "year": 2009, "wins": 39, "losses": 32, "ot_losses": 11, "win_pct": 0.476, "goals_for": 238, "goals_against": 251, "goal_diff": -13}
{"name": "Anaheim Ducks", "year": 2010, "wins": 47, "losses": 30, "ot_losses": 5, "win_pct": 0.573, "goals_for": 239, "goals_against": 235, "goal_diff": 4}
{"name": "Anaheim Ducks", "year": 2011, "wins": 34, "losses": 36, "ot_losses": 12, "win_pct": 0.415, "goals_for": 204, "goals_against": 231, "goal_diff": -27}
{"name": "Andorra", "capital": "Andorra la Vella", "population": 84000, "area": 468.0}
{"name": "Angola", "capital": "Luanda", "population": 13068161, "area": 1246700.0}
{"name": "Anguilla", "capital": "The Valley", "population": 13254, "area": 102.0}
{"name": "Antarctica", "capital": "None", "population": 0, "area": 14000000.0}
{"name": "Antigua and Barbuda", "capital": "St. John's", "population": 86754, "area": 443.0}
{"name": "Argentina", "capital": "Buenos Aires", "population": 41343201, "area": 2766890.0}
{"name": "Armenia", "capital": "Yerevan", "population": 2968000, "area": 29800.0}
{"name": "Aruba", "capital": "Oranjestad", "population": 71566, "area": 193.0}
{"name": "Atlanta Thrashers", "year": 1999, "wins": 14, "losses": 57, "ot_losses": 4, "win_pct": 0.171, "goals_for": 170, "goals_against": 313, "goal_diff": -143}
{"name": "Atlanta Thrashers", "year": 2000, "wins": 23, "losses": 45, "ot_losses": 2, "win_pct": 0.28, "goals_for": 211, "goals_against": 289, "goal_diff": -78}
{"name": "Atlanta Thrashers", "year": 2001, "wins": 19, "losses": 47, "ot_losses": 5, "win_pct": 0.232, "goals_for": 187, "goals_against": 288, "goal_diff": -101}
{"name": "Atlanta Thrashers", "year": 2002, "wins": 31, "losses": 39, "ot_losses": 5, "win_pct": 0.378, "goals_for": 226, "goals_against": 284, "goal_diff": -58}
{"name": "Atlanta Thrashers", "year": 2003, "wins": 33, "losses": 37, "ot_losses": 4, "win_pct": 0.402, "goals_for": 214, "goals_against": 243, "goal_diff": -29}
{"name": "Atlanta Thrashers", "year": 2005, "wins": 41, "losses": 33, "ot_losses": 8, "win_pct": 0.5, "goals_for": 281, "goals_against": 275, "goal_diff": 6}
{"name": "Atlanta Thrashers", "year": 2006, "wins": 43, "losses": 28, "ot_losses": 11, "win_pct": 0.524, "goals_for": 246, "goals_against": 245, "goal_diff": 1}
{"name": "Atlanta Thrashers", "year": 2007, "wins": 34, "losses": 40, "ot_losses": 8, "win_pct": 0.415, "goals_for": 216, "goals_against": 272, "goal_diff": -56}
{"name": "Atlanta Thrashers", "year": 2008, "wins": 35, "losses": 41, "ot_losses": 6, "win_pct": 0.427, "goals_for": 257, "goals_against": 280, "goal_diff": -23}
{"name": "Atlanta Thrashers", "year": 2009, "wins": 35, "losses": 34, "ot_losses": 13, "win_pct": 0.427, "goals_for": 234, "goals_against": 256, "goal_diff": -22}
{"name": "Atlanta Thrashers", "year": 2010, "wins": 34, "losses": 36, "ot_losses": 12, "win_pct": 0.415, "goals_for": 223, "goals_against": 269, "goal_diff": -46}
{"name": "Australia", "capital": "Canberra", "population": 21515754, "area": 7686850.0}
{"name": "Austria", "capital": "Vienna", "population": 8205000, "area": 83858.0}
{"name": "Azerbaijan", "capital": "Baku", "population": 8303512, "area": 86600.0}
{"name": "Bahamas", "capital": "Nassau", "population": 301790, "area": 13940.0}
{"name": "Bahrain", "capital": "Manama", "population": 738004, "area": 665.0}
{"name": "Bangladesh", "capital": "Dhaka", "population": 156118464, "area": 144000.0}
{"name": "Barbados", "capital": "Bridgetown", "population": 285653, "area": 431.0}
{"name": "Belarus", "capital": "Minsk", "population": 9685000, "area": 207600.0}
{"name": "Belgium", "capital": "Brussels", "population": 10403000, "area": 30510.0}
{"name": "Belize", "capital": "Belmopan", "population": 314522, "area": 22966.0}
{"name": "Benin", "capital": "Porto-Novo", "population": 9056010, "area": 112620.0}
{"name": "Bermuda", "capital": "Hamilton", "population": 65365, "area": 53.0}
{"name": "Bhutan", "capital": "Thimphu", "population": 699847, "area": 47000.0}
{"name": "Bolivia", "capital": "Sucre", "population": 9947418, "area": 1098580.0}
{"name": "Bonaire", "capital": "Kralendijk", "population": 18012, "area": 328.0}
{"name": "Bosnia and Herzegovina", "capital": "Sarajevo", "population": 4590000, "area": 51129.0}
{"name": "Boston Bruins", "year": 1990, "wins": 44, "losses": 24, "ot_losses": null, "win_pct": 0.55, "goals_for": 299, "goals_against": 264, "goal_diff": 35}
{"name": "Boston Bruins", "year": 1991, "wins": 36, "losses": 32, "ot_losses": null, "win_pct": 0.45, "goals_for": 270, "goals_against": 275, "goal_diff": -5}
{"name": "Boston Bruins", "year": 1992, "wins": 51, "losses": 26, "ot_losses": null, "win_pct": 0.607, "goals_for": 332, "goals_against": 268, "goal_diff": 64}
{"name": "Boston Bruins", "year": 1993, "wins": 42, "losses": 29, "ot_losses": null, "win_pct": 0.5, "goals_for": 289, "goals_against": 252, "goal_diff": 37}
{"name": "Boston Bruins", "year": 1994, "wins": 27, "losses": 18, "ot_losses": null, "win_pct": 0.562, "goals_for": 150, "goals_against": 127, "goal_diff": 23}
{"name": "Boston Bruins", "year": 1995, "wins": 40, "losses": 31, "ot_losses": null, "win_pct": 0.488, "goals_for": 282, "goals_against": 269, "goal_diff": 13}
{"name": "Boston Bruins", "year": 1996, "wins": 26, "losses": 47, "ot_losses": null, "win_pct": 0.317, "goals_for": 234, "goals_against": 300, "goal_diff": -66}
{"name": "Boston Bruins", "year": 1997, "wins": 39, "losses": 30, "ot_losses": null, "win_pct": 0.476, "goals_for": 221, "goals_against": 194, "goal_diff": 27}
{"name": "Boston Bruins", "year": 1998, "wins": 39, "losses": 30, "ot_losses": null, "win_pct": 0.476, "goals_for": 214, "goals_against": 181, "goal_diff": 33}
{"name": "Boston Bruins", "year": 1999, "wins": 24, "losses": 33, "ot_losses": 6, "win_pct": 0.293, "goals_for": 210, "goals_against": 248, "goal_diff": -38}
{"name": "Boston Bruins", "year": 2000, "wins": 36, "losses": 30, "ot_losses": 8, "win_pct": 0.439, "goals_for": 227, "goals_against": 249, "goal_diff": -22}
{"name": "Boston Bruins", "year": 2001, "wins": 43, "losses": 24, "ot_losses": 9, "win_pct": 0.524, "goals_for": 236, "goals_against": 201, "goal_diff": 35}
{"name": "Boston Bruins", "year": 2002, "wins": 36, "losses": 31, "ot_losses": 4, "win_pct": 0.439, "goals_for": 245, "goals_against": 237, "goal_diff": 8}
{"name": "Boston Bruins", "year": 2003, "wins": 41, "losses": 19, "ot_losses": 7, "win_pct": 0.5, "goals_for": 209, "goals_against": 188, "goal_diff": 21}
{"name": "Boston Bruins", "year": 2005, "wins": 29, "losses": 37, "ot_losses": 16, "win_pct": 0.354, "goals_for": 230, "goals_against": 266, "goal_diff": -36}
{"name": "Boston Bruins", "year": 2006, "wins": 35, "losses": 41, "ot_losses": 6, "win_pct": 0.427, "goals_for": 219, "goals_against": 289, "goal_diff": -70}
{"name": "Boston Bruins", "year": 2007, "wins": 41, "losses": 29, "ot_losses": 12, "win_pct": 0.5, "goals_for": 212, "goals_against": 222, "goal_diff": -10}
{"name": "Boston Bruins", "year": 2008, "wins": 53, "losses": 19, "ot_losses": 10, "win_pct": 0.646, "goals_for": 274, "goals_against": 196, "goal_diff": 78}
{"name": "Boston Bruins", "year": 2009, "wins": 39, "losses": 30, "ot_losses": 13, "win_pct": 0.476, "goals_for": 206, "goals_against": 200, "goal_diff": 6}
{"name": "Boston Bruins", "year": 2010, "wins": 46, "losses": 25, "ot_losses": 11, "win_pct": 0.561, "goals_for": 246, "goals_against": 195, "goal_diff": 51}
{"name": "Boston Bruins", "year": 2011, "wins": 49, "losses": 29, "ot_losses": 4, "win_pct": 0.598, "goals_for": 269, "goals_against": 202, "goal_diff": 67}
{"name": "Botswana", "capital": "Gaborone", "population": 2029307, "area": 600370.0}
{"name": "Bouvet Island", "capital": "None", "population": 0, "area": 49.0}
{"name": "Brazil", "capital": "Brasília", "population": 201103330, "area": 8511965.0}
{"name": "British Indian Ocean Territory", "capital": "None", "population": 4000, "area": 60.0}
{"name": "British Virgin Islands", "capital": "Road Town", "population": 21730, "area": 153.0}
{"name": "Brunei", "capital": "Bandar Seri Begawan", "population": 395027, "area": 5770.0}
{"name": "Buffalo Sabres", "year": 1990, "wins": 31, "losses": 30, "ot_losses": null, "win_pct": 0.388, "goals_for": 292, "goals_against": 278, "goal_diff": 14}
{"name": "Buffalo Sabres", "year": 1991, "wins": 31, "losses": 37, "ot_losses": null, "win_pct": 0.388, "goals_for": 289, "goals_against": 299, "goal_diff": -10}
{"name": "Buffalo Sabres", "year": 1992, "wins": 38, "losses": 36, "ot_losses": null, "win_pct": 0.452, "goals_for": 335, "goals_against": 297, "goal_diff": 38}
{"name": "Buffalo Sabres", "year": 1993, "wins": 43, "losses": 32, "ot_losses": null, "win_pct": 0.512, "goals_for": 282, "goals_against": 218, "goal_diff": 64}
{"name": "Buffalo Sabres", "year": 1994, "wins": 22, "losses": 19, "ot_losses": null, "win_pct": 0.458, "goals_for": 130, "goals_against": 119, "goal_diff": 11}
{"name": "Buffalo Sabres", "year": 1995, "wins": 33, "losses": 42, "ot_losses": null, "win_pct": 0.402, "goals_for": 247, "goals_against": 262, "goal_diff": -15}
{"name": "Buffalo Sabres", "year": 1996, "wins": 40, "losses": 30, "ot_losses": null, "win_pct": 0.488, "goals_for": 237, "goals_against": 208, "goal_diff": 29}
{"name": "Buffalo Sabres", "year": 1997, "wins": 36, "losses": 29, "ot_losses": null, "win_pct": 0.439, "goals_for": 211, "goals_against": 187, "goal_diff": 24}
{"name": "Buffalo Sabres", "year": 1998, "wins": 37, "losses": 28, "ot_losses": null, "win_pct": 0.451, "goals_for": 207, "goals_against": 175, "goal_diff": 32}
{"name": "Buffalo Sabres", "year": 1999, "wins": 35, "losses": 32, "ot_losses": 4, "win_pct": 0.427, "goals_for": 213, "goals_against": 204, "goal_diff": 9}
{"name": "Buffalo Sabres", "year": 2000, "wins": 46, "losses": 30, "ot_losses": 1, "win_pct": 0.561, "goals_for": 218, "goals_against": 184, "goal_diff": 34}
{"name": "Buffalo Sabres", "year": 2001, "wins": 35, "losses": 35, "ot_losses": 1, "win_pct": 0.427, "goals_for": 213, "goals_against": 200, "goal_diff": 13}
{"name": "Buffalo Sabres", "year": 2002, "wins": 27, "losses": 37, "ot_losses": 8, "win_pct": 0.329, "goals_for": 190, "goals_against": 219, "goal_diff": -29}
{"name": "Buffalo Sabres", "year": 2003, "wins": 37, "losses": 34, "ot_losses": 4, "win_pct": 0.451, "goals_for": 220, "goals_against": 221, "goal_diff": -1}
{"name": "Buffalo Sabres", "year": 2005, "wins": 52, "losses": 24, "ot_losses": 6, "win_pct": 0.634, "goals_for": 281, "goals_against": 239, "goal_diff": 42}
{"name": "Buffalo Sabres", "year": 2006, "wins": 53, "losses": 22, "ot_losses": 7, "win_pct": 0.646, "goals_for": 308, "goals_against": 242, "goal_diff": 66}
{"name": "Buffalo Sabres", "year": 2007, "wins": 39, "losses": 31, "ot_losses": 12, "win_pct": 0.476, "goals_for": 255, "goals_against": 242, "goal_diff": 13}
{"name": "Buffalo Sabres", "year": 2008, "wins": 41, "losses": 32, "ot_losses": 9, "win_pct": 0.5, "goals_for": 250, "goals_against": 234, "goal_diff": 16}
{"name": "Buffalo Sabres", "year": 2009, "wins": 45, "losses": 27, "ot_losses": 10, "win_pct": 0.549, "goals_for": 235, "goals_against": 207, "goal_diff": 28}
{"name": "Buffalo Sabres", "year": 2010, "wins": 43, "losses": 29, "ot_losses": 10, "win_pct": 0.524, "goals_for": 245, "goals_against": 229, "goal_diff": 16}
{"name": "Buffalo Sabres", "year": 2011, "wins": 39, "losses": 32, "ot_losses": 11, "win_pct": 0.476, "goals_for": 218, "goals_against": 230, "goal_diff": -12}
{"name": "Bulgaria", "capital": "Sofia", "population": 7148785, "area": 110910.0}
{"name": "Burkina Faso", "capital": "Ouagadougou", "population": 16241811, "area": 274200.0}
{"name": "Burundi", "capital": "Bujumbura", "population": 9863117, "area": 27830.0}
{"name": "Calgary Flames", "year": 1990, "wins": 46, "losses": 26, "ot_losses": null, "win_pct": 0.575, "goals_for": 344, "goals_against": 263, "goal_diff": 81}
{"name": "Calgary Flames", "year": 1991, "wins": 31, "losses": 37, "ot_losses": null, "win_pct": 0.388, "goals_for": 296, "goals_against": 305, "goal_diff": -9}
{"name": "Calgary Flames", "year": 1992, "wins": 43, "losses": 30, "ot_losses": null, "win_pct": 0.512, "goals_for": 322, "goals_against": 282, "goal_diff": 40}
{"name": "Calgary Flames", "year": 1993, "wins": 42, "losses": 29, "ot_losses": null, "win_pct": 0.5, "goals_for": 302, "goals_against": 256, "goal_diff": 46}
{"name": "Calgary Flames", "year": 1994, "wins": 24, "losses": 17, "ot_losses": null, "win_pct": 0.5, "goals_for": 163, "goals_against": 135, "goal_diff": 28}
{"name": "Calgary Flames", "year": 1995, "wins": 34, "losses": 37, "ot_losses": null, "win_pct": 0.415, "goals_for": 241, "goals_against": 240, "goal_diff": 1}
{"name": "Calgary Flames", "year": 1996, "wins": 32, "losses": 41, "ot_losses": null, "win_pct": 0.39, "goals_for": 214, "goals_against": 239, "goal_diff": -25}
{"name": "Calgary Flames", "year": 1997, "wins": 26, "losses": 41, "ot_losses": null, "win_pct": 0.317, "goals_for": 217, "goals_against": 252, "goal_diff": -35}
{"name": "Calgary Flames", "year": 1998, "wins": 30, "losses": 40, "ot_losses": null, "win_pct": 0.366, "goals_for": 211, "goals_against": 234, "goal_diff": -23}
{"name": "Calgary Flames", "year": 1999, "wins": 31, "losses": 36, "ot_losses": 5, "win_pct": 0.378, "goals_for": 211, "goals_against": 256, "goal_diff": -45}
{"name": "Calgary Flames", "year": 2000, "wins": 27, "losses": 36, "ot_losses": 4, "win_pct": 0.329, "goals_for": 197, "goals_against": 236, "goal_diff": -39}
{"name": "Calgary Flames", "year": 2001, "wins": 32, "losses": 35, "ot_losses": 3, "win_pct": 0.39, "goals_for": 201, "goals_against": 220, "goal_diff": -19}
{"name": "Calgary Flames", "year": 2002, "wins": 29, "losses": 36, "ot_losses": 4, "win_pct": 0.354, "goals_for": 186, "goals_against": 228, "goal_diff": -42}
{"name": "Calgary Flames", "year": 2003, "wins": 42, "losses": 30, "ot_losses": 3, "win_pct": 0.512, "goals_for": 200, "goals_against": 176, "goal_diff": 24}
{"name": "Calgary Flames", "year": 2005, "wins": 46, "losses": 25, "ot_losses": 11, "win_pct": 0.561, "goals_for": 218, "goals_against": 200, "goal_diff": 18}
{"name": "Calgary Flames", "year": 2006, "wins": 43, "losses": 29, "ot_losses": 10, "win_pct": 0.524, "goals_for": 258, "goals_against": 226, "goal_diff": 32}
{"name": "Calgary Flames", "year": 2007, "wins": 42, "losses": 30, "ot_losses": 10, "win_pct": 0.512, "goals_for": 229, "goals_against": 227, "goal_diff": 2}
{"name": "Calgary Flames", "year": 2008, "wins": 46, "losses": 30, "ot_losses": 6, "win_pct": 0.561, "goals_for": 254, "goals_against": 248, "goal_diff": 6}
{"name": "Calgary Flames", "year": 2009, "wins": 40, "losses": 32, "ot_losses": 10, "win_pct": 0.488, "goals_for": 204, "goals_against": 210, "goal_diff": -6}
{"name": "Calgary Flames", "year": 2010, "wins": 41, "losses": 29, "ot_losses": 12, "win_pct": 0.5, "goals_for": 250, "goals_against": 237, "goal_diff": 13}
{"name": "Calgary Flames", "year": 2011, "wins": 37, "losses": 29, "ot_losses": 16, "win_pct": 0.451, "goals_for": 202, "goals_against": 226, "goal_diff": -24}
{"name": "Cambodia", "capital": "Phnom Penh", "population": 14453680, "area": 181040.0}
{"name": "Cameroon", "capital": "Yaoundé", "population": 19294149, "area": 475440.0}
{"name": "Canada", "capital": "Ottawa", "population": 33679000, "area": 9984670.0}
{"name": "Cape Verde", "capital": "Praia", "population": 508659, "area": 4033.0}
{"name": "Carolina Hurricanes", "year": 1997, "wins": 33, "losses": 41, "ot_losses": null, "win_pct": 0.402, "goals_for": 200, "goals_against": 219, "goal_diff": -19}
{"name": "Carolina Hurricanes", "year": 1998, "wins": 34, "losses": 30, "ot_losses": null, "win_pct": 0.415, "goals_for": 210, "goals_against": 202, "goal_diff": 8}
{"name": "Carolina Hurricanes", "year": 1999, "wins": 37, "losses": 35, "ot_losses": 0, "win_pct": 0.451, "goals_for": 217, "goals_against": 216, "goal_diff": 1}
{"name": "Carolina Hurricanes", "year": 2000, "wins": 38, "losses": 32, "ot_losses": 3, "win_pct": 0.463, "goals_for": 212, "goals_against": 225, "goal_diff": -13}
{"name": "Carolina Hurricanes", "year": 2001, "wins": 35, "losses": 26, "ot_losses": 5, "win_pct": 0.427, "goals_for": 217, "goals_against": 217, "goal_diff": 0}
{"name": "Carolina Hurricanes", "year": 2002, "wins": 22, "losses": 43, "ot_losses": 6, "win_pct": 0.268, "goals_for": 171, "goals_against": 240, "goal_diff": -69}
{"name": "Carolina Hurricanes", "year": 2003, "wins": 28, "losses": 34, "ot_losses": 6, "win_pct": 0.341, "goals_for": 172, "goals_against": 209, "goal_diff": -37}
{"name": "Carolina Hurricanes", "year": 2005, "wins": 52, "losses": 22, "ot_losses": 8, "win_pct": 0.634, "goals_for": 294, "goals_against": 260, "goal_diff": 34}
{"name": "Carolina Hurricanes", "year": 2006, "wins": 40, "losses": 34, "ot_losses": 8, "win_pct": 0.488, "goals_for": 241, "goals_against": 253, "goal_diff": -12}
{"name": "Carolina Hurricanes", "year": 2007, "wins": 43, "losses": 33, "ot_losses": 6, "win_pct": 0.524, "goals_for": 252, "goals_against": 249, "goal_diff": 3}
{"name": "Carolina Hurricanes", "year": 2008, "wins": 45, "losses": 30, "ot_losses": 7, "win_pct": 0.549, "goals_for": 239, "goals_against": 226, "goal_diff": 13}
{"name": "Carolina Hurricanes", "year": 2009, "wins": 35, "losses": 37, "ot_losses": 10, "win_pct": 0.427, "goals_for": 230, "goals_against": 256, "goal_diff": -26}
{"name": "Carolina Hurricanes", "year": 2010, "wins": 40, "losses": 31, "ot_losses": 11, "win_pct": 0.488, "goals_for": 236, "goals_against": 239, "goal_diff": -3}
{"name": "Carolina Hurricanes", "year": 2011, "wins": 33, "losses": 33, "ot_losses": 16, "win_pct": 0.402, "goals_for": 213, "goals_against": 243, "goal_diff": -30}
{"name": "Cayman Islands", "capital": "George Town", "population": 44270, "area": 262.0}
{"name": "Central African Republic", "capital": "Bangui", "population": 4844927, "area": 622984.0}
{"name": "Chad", "capital": "N'Djamena", "population": 10543464, "area": 1284000.0}
{"name": "Chicago Blackhawks", "year": 1990, "wins": 49, "losses": 23, "ot_losses": null, "win_pct": 0.613, "goals_for": 284, "goals_against": 211, "goal_diff": 73}
{"name": "Chicago Blackhawks", "year": 1991, "wins": 36, "losses": 29, "ot_losses": null, "win_pct": 0.45, "goals_for": 257, "goals_against": 236, "goal_diff": 21}
{"name": "Chicago Blackhawks", "year": 1992, "wins": 47, "losses": 25, "ot_losses": null, "win_pct": 0.56, "goals_for": 279, "goals_against": 230, "goal_diff": 49}
{"name": "Chicago Blackhawks", "year": 1993, "wins": 39, "losses": 36, "ot_losses": null, "win_pct": 0.464, "goals_for": 254, "goals_against": 240, "goal_diff": 14}
{"name": "Chicago Blackhawks", "year": 1994, "wins": 24, "losses": 19, "ot_losses": null, "win_pct": 0.5, "goals_for": 156, "goals_against": 115, "goal_diff": 41}
{"name": "Chicago Blackhawks", "year": 1995, "wins": 40, "losses": 28, "ot_losses": null, "win_pct": 0.488, "goals_for": 273, "goals_against": 220, "goal_diff": 53}
{"name": "Chicago Blackhawks", "year": 1996, "wins": 34, "losses": 35, "ot_losses": null, "win_pct": 0.415, "goals_for": 223, "goals_against": 210, "goal_diff": 13}
{"name": "Chicago Blackhawks", "year": 1997, "wins": 30, "losses": 39, "ot_losses": null, "win_pct": 0.366, "goals_for": 192, "goals_against": 199, "goal_diff": -7}
{"name": "Chicago Blackhawks", "year": 1998, "wins": 29, "losses": 41, "ot_losses": null, "win_pct": 0.354, "goals_for": 202, "goals_against": 248, "goal_diff": -46}
{"name": "Chicago Blackhawks", "year": 1999, "wins": 33, "losses": 37, "ot_losses": 2, "win_pct": 0.402, "goals_for": 242, "goals_against": 245, "goal_diff": -3}
{"name": "Chicago Blackhawks", "year": 2000, "wins": 29, "losses": 40, "ot_losses": 5, "win_pct": 0.354, "goals_for": 210, "goals_against": 246, "goal_diff": -36}
{"name": "Chicago Blackhawks", "year": 2001, "wins": 41, "losses": 27, "ot_losses": 1, "win_pct": 0.5, "goals_for": 216, "goals_against": 207, "goal_diff": 9}
{"name": "Chicago Blackhawks", "year": 2002, "wins": 30, "losses": 33, "ot_losses": 6, "win_pct": 0.366, "goals_for": 207, "goals_against": 226, "goal_diff": -19}
{"name": "Chicago Blackhawks", "year": 2003, "wins": 20, "losses": 43, "ot_losses": 8, "win_pct": 0.244, "goals_for": 188, "goals_against": 259, "goal_diff": -71}
{"name": "Chicago Blackhawks", "year": 2005, "wins": 26, "losses": 43, "ot_losses": 13, "win_pct": 0.317, "goals_for": 211, "goals_against": 285, "goal_diff": -74}
{"name": "Chicago Blackhawks", "year": 2006, "wins": 31, "losses": 42, "ot_losses": 9, "win_pct": 0.378, "goals_for": 201, "goals_against": 258, "goal_diff": -57}
{"name": "Chicago Blackhawks", "year": 2007, "wins": 40, "losses": 34, "ot_losses": 8, "win_pct": 0.488, "goals_for": 239, "goals_against": 235, "goal_diff": 4}
{"name": "Chicago Blackhawks", "year": 2008, "wins": 46, "losses": 24, "ot_losses": 12, "win_pct": 0.561, "goals_for": 264, "goals_against": 216, "goal_diff": 48}
{"name": "Chicago Blackhawks", "year": 2009, "wins": 52, "losses": 22, "ot_losses": 8, "win_pct": 0.634, "goals_for": 271, "goals_against": 209, "goal_diff": 62}
{"name": "Chicago Blackhawks", "year": 2010, "wins": 44, "losses": 29, "ot_losses": 9, "win_pct": 0.537, "goals_for": 258, "goals_against": 225, "goal_diff": 33}
{"name": "Chicago Blackhawks", "year": 2011, "wins": 45, "losses": 26, "ot_losses": 11, "win_pct": 0.549, "goals_for": 248, "goals_against": 238, "goal_diff": 10}
{"name": "Chile", "capital": "Santiago", "population": 16746491, "area": 756950.0}
{"name": "China", "capital": "Beijing", "population": 1330044000, "area": 9596960.0}
{"name": "Christmas Island", "capital": "Flying Fish Cove", "population": 1500, "area": 135.0}
{"name": "Cocos [Keeling] Islands", "capital": "West Island", "population": 628, "area": 14.0}
{"name": "Colombia", "capital": "Bogotá", "population": 47790000, "area": 1138910.0}
{"name": "Colorado Avalanche", "year": 1995, "wins": 47, "losses": 25, "ot_losses": null, "win_pct": 0.573, "goals_for": 326, "goals_against": 240, "goal_diff": 86}
{"name": "Colorado Avalanche", "year": 1996, "wins": 49, "losses": 24, "ot_losses": null, "win_pct": 0.598, "goals_for": 277, "goals_against": 205, "goal_diff": 72}
{"name": "Colorado Avalanche", "year": 1997, "wins": 39, "losses": 26, "ot_losses": null, "win_pct": 0.476, "goals_for": 231, "goals_against": 205, "goal_diff": 26}
{"name": "Colorado Avalanche", "year": 1998, "wins": 44, "losses": 28, "ot_losses": null, "win_pct": 0.537, "goals_for": 239, "goals_against": 205, "goal_diff": 34}
{"name": "Colorado Avalanche", "year": 1999, "wins": 42, "losses": 28, "ot_losses": 1, "win_pct": 0.512, "goals_for": 233, "goals_against": 201, "goal_diff": 32}
{"name": "Colorado Avalanche", "year": 2000, "wins": 52, "losses": 16, "ot_losses": 4, "win_pct": 0.634, "goals_for": 270, "goals_against": 192, "goal_diff": 78}
{"name": "Colorado Avalanche", "year": 2001, "wins": 45, "losses": 28, "ot_losses": 1, "win_pct": 0.549, "goals_for": 212, "goals_against": 169, "goal_diff": 43}
{"name": "Colorado Avalanche", "year": 2002, "wins": 42, "losses": 19, "ot_losses": 8, "win_pct": 0.512, "goals_for": 251, "goals_against": 194, "goal_diff": 57}
{"name": "Colorado Avalanche", "year": 2003, "wins": 40, "losses": 22, "ot_losses": 7, "win_pct": 0.488, "goals_for": 236, "goals_against": 198, "goal_diff": 38}
{"name": "Colorado Avalanche", "year": 2005, "wins": 43, "losses": 30, "ot_losses": 9, "win_pct": 0.524, "goals_for": 283, "goals_against": 257, "goal_diff": 26}
{"name": "Colorado Avalanche", "year": 2006, "wins": 44, "losses": 31, "ot_losses": 7, "win_pct": 0.537, "goals_for": 272, "goals_against": 251, "goal_diff": 21}
{"name": "Colorado Avalanche", "year": 2007, "wins": 44, "losses": 31, "ot_losses": 7, "win_pct": 0.537, "goals_for": 231, "goals_against": 219, "goal_diff": 12}
{"name": "Colorado Avalanche", "year": 2008, "wins": 32, "losses": 45, "ot_losses": 5, "win_pct": 0.39, "goals_for": 199, "goals_against": 257, "goal_diff": -58}
{"name": "Colorado Avalanche", "year": 2009, "wins": 43, "losses": 30, "ot_losses": 9, "win_pct": 0.524, "goals_for": 244, "goals_against": 233, "goal_diff": 11}
{"name": "Colorado Avalanche", "year": 2010, "wins": 30, "losses": 44, "ot_losses": 8, "win_pct": 0.366, "goals_for": 227, "goals_against": 288, "goal_diff": -61}
{"name": "Colorado Avalanche", "year": 2011, "wins": 41, "losses": 35, "ot_losses": 6, "win_pct": 0.5, "goals_for": 208, "goals_against": 220, "goal_diff": -12}
{"name": "Columbus Blue Jackets", "year": 2000, "wins": 28, "losses": 39, "ot_losses": 6, "win_pct": 0.341, "goals_for": 190, "goals_against": 233, "goal_diff": -43}
{"name": "Columbus Blue Jackets", "year": 2001, "wins": 22, "losses": 47, "ot_losses": 5, "win_pct": 0.268, "goals_for": 164, "goals_against": 255, "goal_diff": -91}
{"name": "Columbus Blue Jackets", "year": 2002, "wins": 29, "losses": 42, "ot_losses": 3, "win_pct": 0.354, "goals_for": 213, "goals_against": 263, "goal_diff": -50}
{"name": "Columbus Blue Jackets", "year": 2003, "wins": 25, "losses": 45, "ot_losses": 4, "win_pct": 0.305, "goals_for": 177, "goals_against": 238, "goal_diff": -61}
{"name": "Columbus Blue Jackets", "year": 2005, "wins": 35, "losses": 43, "ot_losses": 4, "win_pct": 0.427, "goals_for": 223, "goals_against": 279, "goal_diff": -56}
{"name": "Columbus Blue Jackets", "year": 2006, "wins": 33, "losses": 42, "ot_losses": 7, "win_pct": 0.402, "goals_for": 201, "goals_against": 249, "goal_diff": -48}
{"name": "Columbus Blue Jackets", "year": 2007, "wins": 34, "losses": 36, "ot_losses": 12, "win_pct": 0.415, "goals_for": 193, "goals_against": 218, "goal_diff": -25}
{"name": "Columbus Blue Jackets", "year": 2008, "wins": 41, "losses": 31, "ot_losses": 10, "win_pct": 0.5, "goals_for": 226, "goals_against": 230, "goal_diff": -4}
{"name": "Columbus Blue Jackets", "year": 2009, "wins": 32, "losses": 35, "ot_losses": 15, "win_pct": 0.39, "goals_for": 216, "goals_against": 259, "goal_diff": -43}
{"name": "Columbus Blue Jackets", "year": 2010, "wins": 34, "losses": 35, "ot_losses": 13, "win_pct": 0.415, "goals_for": 215, "goals_against": 258, "goal_diff": -43}
{"name": "Columbus Blue Jackets", "year": 2011, "wins": 29, "losses": 46, "ot_losses": 7, "win_pct": 0.354, "goals_for": 202, "goals_against": 262, "goal_diff": -60}
{"name": "Comoros", "capital": "Moroni", "population": 773407, "area": 2170.0}
{"name": "Cook Islands", "capital": "Avarua", "population": 21388, "area": 240.0}
{"name": "Costa Rica", "capital": "San José", "population": 4516220, "area": 51100.0}
{"name": "Croatia", "capital": "Zagreb", "population": 4491000, "area": 56542.0}
{"name": "Cuba", "capital": "Havana", "population": 11423000, "area": 110860.0}
{"name": "Curacao", "capital": "Willemstad", "population": 141766, "area": 444.0}
{"name": "Cyprus", "capital": "Nicosia", "population": 1102677, "area": 9250.0}
{"name": "Czech Republic", "capital": "Prague", "population": 10476000, "area": 78866.0}
{"name": "Dallas Stars", "year": 1993, "wins": 42, "losses": 29, "ot_losses": null, "win_pct": 0.5, "goals_for": 286, "goals_against": 265, "goal_diff": 21}
{"name": "Dallas Stars", "year": 1994, "wins": 17, "losses": 23, "ot_losses": null, "win_pct": 0.354, "goals_for": 136, "goals_against": 135, "goal_diff": 1}
{"name": "Dallas Stars", "year": 1995, "wins": 26, "losses": 42, "ot_losses": null, "win_pct": 0.317, "goals_for": 227, "goals_against": 280, "goal_diff": -53}
{"name": "Dallas Stars", "year": 1996, "wins": 48, "losses": 26, "ot_losses": null, "win_pct": 0.585, "goals_for": 252, "goals_against": 198, "goal_diff": 54}
{"name": "Dallas Stars", "year": 1997, "wins": 49, "losses": 22, "ot_losses": null, "win_pct": 0.598, "goals_for": 242, "goals_against": 167, "goal_diff": 75}
{"name": "Dallas Stars", "year": 1998, "wins": 51, "losses": 19, "ot_losses": null, "win_pct": 0.622, "goals_for": 236, "goals_against": 168, "goal_diff": 68}
{"name": "Dallas Stars", "year": 1999, "wins": 43, "losses": 23, "ot_losses": 6, "win_pct": 0.524, "goals_for": 211, "goals_against": 184, "goal_diff": 27}
{"name": "Dallas Stars", "year": 2000, "wins": 48, "losses": 24, "ot_losses": 2, "win_pct": 0.585, "goals_for": 241, "goals_against": 187, "goal_diff": 54}
{"name": "Dallas Stars", "year": 2001, "wins": 36, "losses": 28, "ot_losses": 5, "win_pct": 0.439, "goals_for": 215, "goals_against": 213, "goal_diff": 2}
{"name": "Dallas Stars", "year": 2002, "wins": 46, "losses": 17, "ot_losses": 4, "win_pct": 0.561, "goals_for": 245, "goals_against": 169, "goal_diff": 76}
{"name": "Dallas Stars", "year": 2003, "wins": 41, "losses": 26, "ot_losses": 2, "win_pct": 0.5, "goals_for": 194, "goals_against": 175, "goal_diff": 19}
{"name": "Dallas Stars", "year": 2005, "wins": 53, "losses": 23, "ot_losses": 6, "win_pct": 0.646, "goals_for": 265, "goals_against": 218, "goal_diff": 47}
{"name": "Dallas Stars", "year": 2006, "wins": 50, "losses": 25, "ot_losses": 7, "win_pct": 0.61, "goals_for": 226, "goals_against": 197, "goal_diff": 29}
{"name": "Dallas Stars", "year": 2007, "wins": 45, "losses": 30, "ot_losses": 7, "win_pct": 0.549, "goals_for": 242, "goals_against": 207, "goal_diff": 35}
{"name": "Dallas Stars", "year": 2008, "wins": 36, "losses": 35, "ot_losses": 11, "win_pct": 0.439, "goals_for": 230, "goals_against": 257, "goal_diff": -27}
{"name": "Dallas Stars", "year": 2009, "wins": 37, "losses": 31, "ot_losses": 14, "win_pct": 0.451, "goals_for": 237, "goals_against": 254, "goal_diff": -17}
{"name": "Dallas Stars", "year": 2010, "wins": 42, "losses": 29, "ot_losses": 11, "win_pct": 0.512, "goals_for": 227, "goals_against": 233, "goal_diff": -6}
{"name": "Dallas Stars", "year": 2011, "wins": 42, "losses": 35, "ot_losses": 5, "win_pct": 0.512, "goals_for": 211, "goals_against": 222, "goal_diff": -11}
{"name": "Democratic Republic of the Congo", "capital": "Kinshasa", "population": 70916439, "area": 2345410.0}
{"name": "Denmark", "capital": "Copenhagen", "population": 5484000, "area": 43094.0}
{"name": "Detroit Red Wings", "year": 1990, "wins": 34, "losses": 38, "ot_losses": null, "win_pct": 0.425, "goals_for": 273, "goals_against": 298, "goal_diff": -25}
{"name": "Detroit Red Wings", "year": 1991, "wins": 43, "losses": 25, "ot_losses": null, "win_pct": 0.537, "goals_for": 320, "goals_against": 256, "goal_diff": 64}
{"name": "Detroit Red Wings", "year": 1992, "wins": 47, "losses": 28, "ot_losses": null, "win_pct": 0.56, "goals_for": 369, "goals_against": 280, "goal_diff": 89}
{"name": "Detroit Red Wings", "year": 1993, "wins": 46, "losses": 30, "ot_losses": null, "win_pct": 0.548, "goals_for": 356, "goals_against": 275, "goal_diff": 81}
{"name": "Detroit Red Wings", "year": 1994, "wins": 33, "losses": 11, "ot_losses": null, "win_pct": 0.688, "goals_for": 180, "goals_against": 117, "goal_diff": 63}
{"name": "Detroit Red Wings", "year": 1995, "wins": 62, "losses": 13, "ot_losses": null, "win_pct": 0.756, "goals_for": 325, "goals_against": 181, "goal_diff": 144}
{"name": "Detroit Red Wings", "year": 1996, "wins": 38, "losses": 26, "ot_losses": null, "win_pct": 0.463, "goals_for": 253, "goals_against": 197, "goal_diff": 56}
{"name": "Detroit Red Wings", "year": 1997, "wins": 44, "losses": 23, "ot_losses": null, "win_pct": 0.537, "goals_for": 250, "goals_against": 196, "goal_diff": 54}
{"name": "Detroit Red Wings", "year": 1998, "wins": 43, "losses": 32, "ot_losses": null, "win_pct": 0.524, "goals_for": 245, "goals_against": 202, "goal_diff": 43}
{"name": "Detroit Red Wings", "year": 1999, "wins": 48, "losses": 22, "ot_losses": 2, "win_pct": 0.585, "goals_for": 278, "goals_against": 210, "goal_diff": 68}
{"name": "Detroit Red Wings", "year": 2000, "wins": 49, "losses": 20, "ot_losses": 4, "win_pct": 0.598, "goals_for": 253, "goals_against": 202, "goal_diff": 51}
{"name": "Detroit Red Wings", "year": 2001, "wins": 51, "losses": 17, "ot_losses": 4, "win_pct": 0.622, "goals_for": 251, "goals_against": 187, "goal_diff": 64}
{"name": "Detroit Red Wings", "year": 2002, "wins": 48, "losses": 20, "ot_losses": 4, "win_pct": 0.585, "goals_for": 269, "goals_against": 203, "goal_diff": 66}
{"name": "Detroit Red Wings", "year": 2003, "wins": 48, "losses": 21, "ot_losses": 2, "win_pct": 0.585, "goals_for": 255, "goals_against": 189, "goal_diff": 66}
{"name": "Detroit Red Wings", "year": 2005, "wins": 58, "losses": 16, "ot_losses": 8, "win_pct": 0.707, "goals_for": 305, "goals_against": 209, "goal_diff": 96}
{"name": "Detroit Red Wings", "year": 2006, "wins": 50, "losses": 19, "ot_losses": 13, "win_pct": 0.61, "goals_for": 254, "goals_against": 199, "goal_diff": 55}
{"name": "Detroit Red Wings", "year": 2007, "wins": 54, "losses": 21, "ot_losses": 7, "win_pct": 0.659, "goals_for": 257, "goals_against": 184, "goal_diff": 73}
{"name": "Detroit Red Wings", "year": 2008, "wins": 51, "losses": 21, "ot_losses": 10, "win_pct": 0.622, "goals_for": 295, "goals_against": 244, "goal_diff": 51}
{"name": "Detroit Red Wings", "year": 2009, "wins": 44, "losses": 24, "ot_losses": 14, "win_pct": 0.537, "goals_for": 229, "goals_against": 216, "goal_diff": 13}
{"name": "Detroit Red Wings", "year": 2010, "wins": 47, "losses": 25, "ot_losses": 10, "win_pct": 0.573, "goals_for": 261, "goals_against": 241, "goal_diff": 20}
{"name": "Detroit Red Wings", "year": 2011, "wins": 48, "losses": 28, "ot_losses": 6, "win_pct": 0.585, "goals_for": 248, "goals_against": 203, "goal_diff": 45}
{"name": "Djibouti", "capital": "Djibouti", "population": 740528, "area": 23000.0}
{"name": "Dominica", "capital": "Roseau", "population": 72813, "area": 754.0}
{"name": "Dominican Republic", "capital": "Santo Domingo", "population": 9823821, "area": 48730.0}
{"name": "East Timor", "capital": "Dili", "population": 1154625, "area": 15007.0}
{"name": "Ecuador", "capital": "Quito", "population": 14790608, "area": 283560.0}
{"name": "Edmonton Oilers", "year": 1990, "wins": 37, "losses": 37, "ot_losses": null, "win_pct": 0.463, "goals_for": 272, "goals_against": 272, "goal_diff": 0}
{"name": "Edmonton Oilers", "year": 1991, "wins": 36, "losses": 34, "ot_losses": null, "win_pct": 0.45, "goals_for": 295, "goals_against": 297, "goal_diff": -2}
{"name": "Edmonton Oilers", "year": 1992, "wins": 26, "losses": 50, "ot_losses": null, "win_pct": 0.31, "goals_for": 242, "goals_against": 337, "goal_diff": -95}
{"name": "Edmonton Oilers", "year": 1993, "wins": 25, "losses": 45, "ot_losses": null, "win_pct": 0.298, "goals_for": 261, "goals_against": 305, "goal_diff": -44}
{"name": "Edmonton Oilers", "year": 1994, "wins": 17, "losses": 27, "ot_losses": null, "win_pct": 0.354, "goals_for": 136, "goals_against": 183, "goal_diff": -47}
{"name": "Edmonton Oilers", "year": 1995, "wins": 30, "losses": 44, "ot_losses": null, "win_pct": 0.366, "goals_for": 240, "goals_against": 304, "goal_diff": -64}
{"name": "Edmonton Oilers", "year": 1996, "wins": 36, "losses": 37, "ot_losses": null, "win_pct": 0.439, "goals_for": 252, "goals_against": 247, "goal_diff": 5}
{"name": "Edmonton Oilers", "year": 1997, "wins": 35, "losses": 37, "ot_losses": null, "win_pct": 0.427, "goals_for": 215, "goals_against": 224, "goal_diff": -9}
{"name": "Edmonton Oilers", "year": 1998, "wins": 33, "losses": 37, "ot_losses": null, "win_pct": 0.402, "goals_for": 230, "goals_against": 226, "goal_diff": 4}
{"name": "Edmonton Oilers", "year": 1999, "wins": 32, "losses": 26, "ot_losses": 8, "win_pct": 0.39, "goals_for": 226, "goals_against": 212, "goal_diff": 14}
{"name": "Edmonton Oilers", "year": 2000, "wins": 39, "losses": 28, "ot_losses": 3, "win_pct": 0.476, "goals_for": 243, "goals_against": 222, "goal_diff": 21}
{"name": "Edmonton Oilers", "year": 2001, "wins": 38, "losses": 28, "ot_losses": 4, "win_pct": 0.463, "goals_for": 205, "goals_against": 182, "goal_diff": 23}
{"name": "Edmonton Oilers", "year": 2002, "wins": 36, "losses": 26, "ot_losses": 9, "win_pct": 0.439, "goals_for": 231, "goals_against": 230, "goal_diff": 1}
{"name": "Edmonton Oilers", "year": 2003, "wins": 36, "losses": 29, "ot_losses": 5, "win_pct": 0.439, "goals_for": 221, "goals_against": 208, "goal_diff": 13}
{"name": "Edmonton Oilers", "year": 2005, "wins": 41, "losses": 28, "ot_losses": 13, "win_pct": 0.5, "goals_for": 256, "goals_against": 251, "goal_diff": 5}
{"name": "Edmonton Oilers", "year": 2006, "wins": 32, "losses": 43, "ot_losses": 7, "win_pct": 0.39, "goals_for": 195, "goals_against": 248, "goal_diff": -53}
{"name": "Edmonton Oilers", "year": 2007, "wins": 41, "losses": 35, "ot_losses": 6, "win_pct": 0.5, "goals_for": 235, "goals_against": 251, "goal_diff": -16}
{"name": "Edmonton Oilers", "year": 2008, "wins": 38, "losses": 35, "ot_losses": 9, "win_pct": 0.463, "goals_for": 234, "goals_against": 248, "goal_diff": -14}
{"name": "Edmonton Oilers", "year": 2009, "wins": 27, "losses": 47, "ot_losses": 8, "win_pct": 0.329, "goals_for": 214, "goals_against": 284, "goal_diff": -70}
{"name": "Edmonton Oilers", "year": 2010, "wins": 25, "losses": 45, "ot_losses": 12, "win_pct": 0.305, "goals_for": 193, "goals_against": 269, "goal_diff": -76}
{"name": "Edmonton Oilers", "year": 2011, "wins": 32, "losses": 40, "ot_losses": 10, "win_pct": 0.39, "goals_for": 212, "goals_against": 239, "goal_diff": -27}
{"name": "Egypt", "capital": "Cairo", "population": 80471869, "area": 1001450.0}
{"name": "El Salvador", "capital": "San Salvador", "population": 6052064, "area": 21040.0}
{"name": "Equatorial Guinea", "capital": "Malabo", "population": 1014999, "area": 28051.0}
{"name": "Eritrea", "capital": "Asmara", "population": 5792984, "area": 121320.0}
{"name": "Estonia", "capital": "Tallinn", "population": 1291170, "area": 45226.0}
{"name": "Ethiopia", "capital": "Addis Ababa", "population": 88013491, "area": 1127127.0}
{"name": "Falkland Islands", "capital": "Stanley", "population": 2638, "area": 12173.0}
{"name": "Faroe Islands", "capital": "Tórshavn", "population": 48228, "area": 1399.0}
{"name": "Fiji", "capital": "Suva", "population": 875983, "area": 18270.0}
{"name": "Finland", "capital": "Helsinki", "population": 5244000, "area": 337030.0}
{"name": "Florida Panthers", "year": 1993, "wins": 33, "losses": 34, "ot_losses": null, "win_pct": 0.393, "goals_for": 233, "goals_against": 233, "goal_diff": 0}
{"name": "Florida Panthers", "year": 1994, "wins": 20, "losses": 22, "ot_losses": null, "win_pct": 0.417, "goals_for": 115, "goals_against": 127, "goal_diff": -12}
{"name": "Florida Panthers", "year": 1995, "wins": 41, "losses": 31, "ot_losses": null, "win_pct": 0.5, "goals_for": 254, "goals_against": 234, "goal_diff": 20}
{"name": "Florida Panthers", "year": 1996, "wins": 35, "losses": 28, "ot_losses": null, "win_pct": 0.427, "goals_for": 221, "goals_against": 201, "goal_diff": 20}
{"name": "Florida Panthers", "year": 1997, "wins": 24, "losses": 43, "ot_losses": null, "win_pct": 0.293, "goals_for": 203, "goals_against": 256, "goal_diff": -53}
{"name": "Florida Panthers", "year": 1998, "wins": 30, "losses": 34, "ot_losses": null, "win_pct": 0.366, "goals_for": 210, "goals_against": 228, "goal_diff": -18}
{"name": "Florida Panthers", "year": 1999, "wins": 43, "losses": 27, "ot_losses": 6, "win_pct": 0.524, "goals_for": 244, "goals_against": 209, "goal_diff": 35}
{"name": "Florida Panthers", "year": 2000, "wins": 22, "losses": 38, "ot_losses": 9, "win_pct": 0.268, "goals_for": 200, "goals_against": 246, "goal_diff": -46}
{"name": "Florida Panthers", "year": 2001, "wins": 22, "losses": 44, "ot_losses": 6, "win_pct": 0.268, "goals_for": 180, "goals_against": 250, "goal_diff": -70}
{"name": "Florida Panthers", "year": 2002, "wins": 24, "losses": 36, "ot_losses": 9, "win_pct": 0.293, "goals_for": 176, "goals_against": 237, "goal_diff": -61}
{"name": "Florida Panthers", "year": 2003, "wins": 28, "losses": 35, "ot_losses": 4, "win_pct": 0.341, "goals_for": 188, "goals_against": 221, "goal_diff": -33}
{"name": "Florida Panthers", "year": 2005, "wins": 37, "losses": 34, "ot_losses": 11, "win_pct": 0.451, "goals_for": 240, "goals_against": 257, "goal_diff": -17}
{"name": "Florida Panthers", "year": 2006, "wins": 35, "losses": 31, "ot_losses": 16, "win_pct": 0.427, "goals_for": 247, "goals_against": 257, "goal_diff": -10}
{"name": "Florida Panthers", "year": 2007, "wins": 38, "losses": 35, "ot_losses": 9, "win_pct": 0.463, "goals_for": 216, "goals_against": 226, "goal_diff": -10}
{"name": "Florida Panthers", "year": 2008, "wins": 41, "losses": 30, "ot_losses": 11, "win_pct": 0.5, "goals_for": 234, "goals_against": 231, "goal_diff": 3}
{"name": "Florida Panthers", "year": 2009, "wins": 32, "losses": 37, "ot_losses": 13, "win_pct": 0.39, "goals_for": 208, "goals_against": 244, "goal_diff": -36}
{"name": "Florida Panthers", "year": 2010, "wins": 30, "losses": 40, "ot_losses": 12, "win_pct": 0.366, "goals_for": 195, "goals_against": 229, "goal_diff": -34}
{"name": "Florida Panthers", "year": 2011, "wins": 38, "losses": 26, "ot_losses": 18, "win_pct": 0.463, "goals_for": 203, "goals_against": 227, "goal_diff": -24}
{"name": "France", "capital": "Paris", "population": 64768389, "area": 547030.0}
{"name": "French Guiana", "capital": "Cayenne", "population": 195506, "area": 91000.0}
{"name": "French Polynesia", "capital": "Papeete", "population": 270485, "area": 4167.0}
{"name": "French Southern Territories", "capital": "Port-aux-Français", "population": 140, "area": 7829.0}
{"name": "Gabon", "capital": "Libreville", "population": 1545255, "area": 267667.0}
{"name": "Gambia", "capital": "Bathurst", "population": 1593256, "area": 11300.0}
{"name": "Georgia", "capital": "Tbilisi", "population": 4630000, "area": 69700.0}
{"name": "Germany", "capital": "Berlin", "population": 81802257, "area": 357021.0}
{"name": "Ghana", "capital": "Accra", "population": 24339838, "area": 239460.0}
{"name": "Gibraltar", "capital": "Gibraltar", "population": 27884, "area": 6.5}
{"name": "Greece", "capital": "Athens", "population": 11000000, "area": 131940.0}
{"name": "Greenland", "capital": "Nuuk", "population": 56375, "area": 2166086.0}
{"name": "Grenada", "capital": "St. George's", "population": 107818, "area": 344.0}
{"name": "Guadeloupe", "capital": "Basse-Terre", "population": 443000, "area": 1780.0}
{"name": "Guam", "capital": "Hagåtña", "population": 159358, "area": 549.0}
{"name": "Guatemala", "capital": "Guatemala City", "population": 13550440, "area": 108890.0}
{"name": "Guernsey", "capital": "St Peter Port", "population": 65228, "area": 78.0}
{"name": "Guinea", "capital": "Conakry", "population": 10324025, "area": 245857.0}
{"name": "Guinea-Bissau", "capital": "Bissau", "population": 1565126, "area": 36120.0}
{"name": "Guyana", "capital": "Georgetown", "population": 748486, "area": 214970.0}
{"name": "Haiti", "capital": "Port-au-Prince", "population": 9648924, "area": 27750.0}
{"name": "Hartford Whalers", "year": 1990, "wins": 31, "losses": 38, "ot_losses": null, "win_pct": 0.388, "goals_for": 238, "goals_against": 276, "goal_diff": -38}
{"name": "Hartford Whalers", "year": 1991, "wins": 26, "losses": 41, "ot_losses": null, "win_pct": 0.325, "goals_for": 247, "goals_against": 283, "goal_diff": -36}
{"name": "Hartford Whalers", "year": 1992, "wins": 26, "losses": 52, "ot_losses": null, "win_pct": 0.31, "goals_for": 284, "goals_against": 369, "goal_diff": -85}
{"name": "Hartford Whalers", "year": 1993, "wins": 27, "losses": 48, "ot_losses": null, "win_pct": 0.321, "goals_for": 227, "goals_against": 288, "goal_diff": -61}
{"name": "Hartford Whalers", "year": 1994, "wins": 19, "losses": 24, "ot_losses": null, "win_pct": 0.396, "goals_for": 127, "goals_against": 141, "goal_diff": -14}
{"name": "Hartford Whalers", "year": 1995, "wins": 34, "losses": 39, "ot_losses": null, "win_pct": 0.415, "goals_for": 237, "goals_against": 259, "goal_diff": -22}
{"name": "Hartford Whalers", "year": 1996, "wins": 32, "losses": 39, "ot_losses": null, "win_pct": 0.39, "goals_for": 226, "goals_against": 256, "goal_diff": -30}
{"name": "Heard Island and McDonald Islands", "capital": "None", "population": 0, "area": 412.0}
{"name": "Honduras", "capital": "Tegucigalpa", "population": 7989415, "area": 112090.0}
{"name": "Hong Kong", "capital": "Hong Kong", "population": 6898686, "area": 1092.0}
{"name": "Hungary", "capital": "Budapest", "population": 9982000, "area": 93030.0}
{"name": "Iceland", "capital": "Reykjavik", "population": 308910, "area": 103000.0}
{"name": "India", "capital": "New Delhi", "population": 1173108018, "area": 3287590.0}
{"name": "Indonesia", "capital": "Jakarta", "population": 242968342, "area": 1919440.0}
{"name": "Iran", "capital": "Tehran", "population": 76923300, "area": 1648000.0}
{"name": "Iraq", "capital": "Baghdad", "population": 29671605, "area": 437072.0}
{"name": "Ireland", "capital": "Dublin", "population": 4622917, "area": 70280.0}
{"name": "Isle of Man", "capital": "Douglas", "population": 75049, "area": 572.0}
{"name": "Israel", "capital": "None", "population": 7353985, "area": 20770.0}
{"name": "Italy", "capital": "Rome", "population": 60340328, "area": 301230.0}
{"name": "Ivory Coast", "capital": "Yamoussoukro", "population": 21058798, "area": 322460.0}
{"name": "Jamaica", "capital": "Kingston", "population": 2847232, "area": 10991.0}
{"name": "Japan", "capital": "Tokyo", "population": 127288000, "area": 377835.0}
{"name": "Jersey", "capital": "Saint Helier", "population": 90812, "area": 116.0}
{"name": "Jordan", "capital": "Amman", "population": 6407085, "area": 92300.0}
{"name": "Kazakhstan", "capital": "Astana", "population": 15340000, "area": 2717300.0}
{"name": "Kenya", "capital": "Nairobi", "population": 40046566, "area": 582650.0}
{"name": "Kiribati", "capital": "Tarawa", "population": 92533, "area": 811.0}
{"name": "Kosovo", "capital": "Pristina", "population": 1800000, "area": 10908.0}
{"name": "Kuwait", "capital": "Kuwait City", "population": 2789132, "area": 17820.0}
{"name": "Kyrgyzstan", "capital": "Bishkek", "population": 5776500, "area": 198500.0}
{"name": "Laos", "capital": "Vientiane", "population": 6368162, "area": 236800.0}
{"name": "Latvia", "capital": "Riga", "population": 2217969, "area": 64589.0}
{"name": "Lebanon", "capital": "Beirut", "population": 4125247, "area": 10400.0}
{"name": "Lesotho", "capital": "Maseru", "population": 1919552, "area": 30355.0}
{"name": "Liberia", "capital": "Monrovia", "population": 3685076, "area": 111370.0}
{"name": "Libya", "capital": "Tripoli", "population": 6461454, "area": 1759540.0}
{"name": "Liechtenstein", "capital": "Vaduz", "population": 35000, "area": 160.0}
{"name": "Lithuania", "capital": "Vilnius", "population": 2944459, "area": 65200.0}
{"name": "Los Angeles Kings", "year": 1990, "wins": 46, "losses": 24, "ot_losses": null, "win_pct": 0.575, "goals_for": 340, "goals_against": 254, "goal_diff": 86}
{"name": "Los Angeles Kings", "year": 1991, "wins": 35, "losses": 31, "ot_losses": null, "win_pct": 0.438, "goals_for": 287, "goals_against": 296, "goal_diff": -9}
{"name": "Los Angeles Kings", "year": 1992, "wins": 39, "losses": 35, "ot_losses": null, "win_pct": 0.464, "goals_for": 338, "goals_against": 340, "goal_diff": -2}
{"name": "Los Angeles Kings", "year": 1993, "wins": 27, "losses": 45, "ot_losses": null, "win_pct": 0.321, "goals_for": 294, "goals_against": 322, "goal_diff": -28}
{"name": "Los Angeles Kings", "year": 1994, "wins": 16, "losses": 23, "ot_losses": null, "win_pct": 0.333, "goals_for": 142, "goals_against": 174, "goal_diff": -32}
{"name": "Los Angeles Kings", "year": 1995, "wins": 24, "losses": 40, "ot_losses": null, "win_pct": 0.293, "goals_for": 256, "goals_against": 302, "goal_diff": -46}
{"name": "Los Angeles Kings", "year": 1996, "wins": 28, "losses": 43, "ot_losses": null, "win_pct": 0.341, "goals_for": 214, "goals_against": 268, "goal_diff": -54}
{"name": "Los Angeles Kings", "year": 1997, "wins": 38, "losses": 33, "ot_losses": null, "win_pct": 0.463, "goals_for": 227, "goals_against": 225, "goal_diff": 2}
{"name": "Los Angeles Kings", "year": 1998, "wins": 32, "losses": 45, "ot_losses": null, "win_pct": 0.39, "goals_for": 189, "goals_against": 222, "goal_diff": -33}
{"name": "Los Angeles Kings", "year": 1999, "wins": 39, "losses": 27, "ot_losses": 4, "win_pct": 0.476, "goals_for": 245, "goals_against": 228, "goal_diff": 17}
{"name": "Los Angeles Kings", "year": 2000, "wins": 38, "losses": 28, "ot_losses": 3, "win_pct": 0.463, "goals_for": 252, "goals_against": 228, "goal_diff": 24}
{"name": "Los Angeles Kings", "year": 2001, "wins": 40, "losses": 27, "ot_losses": 4, "win_pct": 0.488, "goals_for": 214, "goals_against": 190, "goal_diff": 24}
{"name": "Los Angeles Kings", "year": 2002, "wins": 33, "losses": 37, "ot_losses": 6, "win_pct": 0.402, "goals_for": 203, "goals_against": 221, "goal_diff": -18}
{"name": "Los Angeles Kings", "year": 2003, "wins": 28, "losses": 29, "ot_losses": 9, "win_pct": 0.341, "goals_for": 205, "goals_against": 217, "goal_diff": -12}
{"name": "Los Angeles Kings", "year": 2005, "wins": 42, "losses": 35, "ot_losses": 5, "win_pct": 0.512, "goals_for": 249, "goals_against": 270, "goal_diff": -21}
{"name": "Los Angeles Kings", "year": 2006, "wins": 27, "losses": 41, "ot_losses": 14, "win_pct": 0.329, "goals_for": 227, "goals_against": 283, "goal_diff": -56}
{"name": "Los Angeles Kings", "year": 2007, "wins": 32, "losses": 43, "ot_losses": 7, "win_pct": 0.39, "goals_for": 231, "goals_against": 266, "goal_diff": -35}
{"name": "Los Angeles Kings", "year": 2008, "wins": 34, "losses": 37, "ot_losses": 11, "win_pct": 0.415, "goals_for": 207, "goals_against": 234, "goal_diff": -27}
{"name": "Los Angeles Kings", "year": 2009, "wins": 46, "losses": 27, "ot_losses": 9, "win_pct": 0.561, "goals_for": 241, "goals_against": 219, "goal_diff": 22}
{"name": "Los Angeles Kings", "year": 2010, "wins": 46, "losses": 30, "ot_losses": 6, "win_pct": 0.561, "goals_for": 219, "goals_against": 198, "goal_diff": 21}
{"name": "Los Angeles Kings", "year": 2011, "wins": 40, "losses": 27, "ot_losses": 15, "win_pct": 0.488, "goals_for": 194, "goals_against": 179, "goal_diff": 15}
{"name": "Luxembourg", "capital": "Luxembourg", "population": 497538, "area": 2586.0}
{"name": "Macao", "capital": "Macao", "population": 449198, "area": 254.0}
{"name": "Macedonia", "capital": "Skopje", "population": 2062294, "area": 25333.0}
{"name": "Madagascar", "capital": "Antananarivo", "population": 21281844, "area": 587040.0}
{"name": "Malawi", "capital": "Lilongwe", "population": 15447500, "area": 118480.0}
{"name": "Malaysia", "capital": "Kuala Lumpur", "population": 28274729, "area": 329750.0}
{"name": "Maldives", "capital": "Malé", "population": 395650, "area": 300.0}
{"name": "Mali", "capital": "Bamako", "population": 13796354, "area": 1240000.0}
{"name": "Malta", "capital": "Valletta", "population": 403000, "area": 316.0}
{"name": "Marshall Islands", "capital": "Majuro", "population": 65859, "area": 181.3}
{"name": "Martinique", "capital": "Fort-de-France", "population": 432900, "area": 1100.0}
{"name": "Mauritania", "capital": "Nouakchott", "population": 3205060, "area": 1030700.0}
{"name": "Mauritius", "capital": "Port Louis", "population": 1294104, "area": 2040.0}
{"name": "Mayotte", "capital": "Mamoudzou", "population": 159042, "area": 374.0}
{"name": "Mexico", "capital": "Mexico City", "population": 112468855, "area": 1972550.0}
{"name": "Micronesia", "capital": "Palikir", "population": 107708, "area": 702.0}
{"name": "Mighty Ducks of Anaheim", "year": 1993, "wins": 33, "losses": 46, "ot_losses": null, "win_pct": 0.393, "goals_for": 229, "goals_against": 251, "goal_diff": -22}
{"name": "Mighty Ducks of Anaheim", "year": 1994, "wins": 16, "losses": 27, "ot_losses": null, "win_pct": 0.333, "goals_for": 125, "goals_against": 164, "goal_diff": -39}
{"name": "Mighty Ducks of Anaheim", "year": 1995, "wins": 35, "losses": 39, "ot_losses": null, "win_pct": 0.427, "goals_for": 234, "goals_against": 247, "goal_diff": -13}
{"name": "Mighty Ducks of Anaheim", "year": 1996, "wins": 36, "losses": 33, "ot_losses": null, "win_pct": 0.439, "goals_for": 245, "goals_against": 233, "goal_diff": 12}
{"name": "Mighty Ducks of Anaheim", "year": 1997, "wins": 26, "losses": 43, "ot_losses": null, "win_pct": 0.317, "goals_for": 205, "goals_against": 261, "goal_diff": -56}
{"name": "Mighty Ducks of Anaheim", "year": 1998, "wins": 35, "losses": 34, "ot_losses": null, "win_pct": 0.427, "goals_for": 215, "goals_against": 206, "goal_diff": 9}
{"name": "Mighty Ducks of Anaheim", "year": 1999, "wins": 34, "losses": 33, "ot_losses": 3, "win_pct": 0.415, "goals_for": 217, "goals_against": 227, "goal_diff": -10}
{"name": "Mighty Ducks of Anaheim", "year": 2000, "wins": 25, "losses": 41, "ot_losses": 5, "win_pct": 0.305, "goals_for": 188, "goals_against": 245, "goal_diff": -57}
{"name": "Mighty Ducks of Anaheim", "year": 2001, "wins": 29, "losses": 42, "ot_losses": 3, "win_pct": 0.354, "goals_for": 175, "goals_against": 198, "goal_diff": -23}
{"name": "Mighty Ducks of Anaheim", "year": 2002, "wins": 40, "losses": 27, "ot_losses": 6, "win_pct": 0.488, "goals_for": 203, "goals_against": 193, "goal_diff": 10}
{"name": "Mighty Ducks of Anaheim", "year": 2003, "wins": 29, "losses": 35, "ot_losses": 8, "win_pct": 0.354, "goals_for": 184, "goals_against": 213, "goal_diff": -29}
{"name": "Mighty Ducks of Anaheim", "year": 2005, "wins": 43, "losses": 27, "ot_losses": 12, "win_pct": 0.524, "goals_for": 254, "goals_against": 229, "goal_diff": 25}
{"name": "Minnesota North Stars", "year": 1990, "wins": 27, "losses": 39, "ot_losses": null, "win_pct": 0.338, "goals_for": 256, "goals_against": 266, "goal_diff": -10}
{"name": "Minnesota North Stars", "year": 1991, "wins": 32, "losses": 42, "ot_losses": null, "win_pct": 0.4, "goals_for": 246, "goals_against": 278, "goal_diff": -32}
{"name": "Minnesota North Stars", "year": 1992, "wins": 36, "losses": 38, "ot_losses": null, "win_pct": 0.429, "goals_for": 272, "goals_against": 293, "goal_diff": -21}
{"name": "Minnesota Wild", "year": 2000, "wins": 25, "losses": 39, "ot_losses": 5, "win_pct": 0.305, "goals_for": 168, "goals_against": 210, "goal_diff": -42}
{"name": "Minnesota Wild", "year": 2001, "wins": 26, "losses": 35, "ot_losses": 9, "win_pct": 0.317, "goals_for": 195, "goals_against": 238, "goal_diff": -43}
{"name": "Minnesota Wild", "year": 2002, "wins": 42, "losses": 29, "ot_losses": 1, "win_pct": 0.512, "goals_for": 198, "goals_against": 178, "goal_diff": 20}
{"name": "Minnesota Wild", "year": 2003, "wins": 30, "losses": 29, "ot_losses": 3, "win_pct": 0.366, "goals_for": 188, "goals_against": 183, "goal_diff": 5}
{"name": "Minnesota Wild", "year": 2005, "wins": 38, "losses": 36, "ot_losses": 8, "win_pct": 0.463, "goals_for": 231, "goals_against": 215, "goal_diff": 16}
{"name": "Minnesota Wild", "year": 2006, "wins": 48, "losses": 26, "ot_losses": 8, "win_pct": 0.585, "goals_for": 235, "goals_against": 191, "goal_diff": 44}
{"name": "Minnesota Wild", "year": 2007, "wins": 44, "losses": 28, "ot_losses": 10, "win_pct": 0.537, "goals_for": 223, "goals_against": 218, "goal_diff": 5}
{"name": "Minnesota Wild", "year": 2008, "wins": 40, "losses": 33, "ot_losses": 9, "win_pct": 0.488, "goals_for": 219, "goals_against": 200, "goal_diff": 19}
{"name": "Minnesota Wild", "year": 2009, "wins": 38, "losses": 36, "ot_losses": 8, "win_pct": 0.463, "goals_for": 219, "goals_against": 246, "goal_diff": -27}
{"name": "Minnesota Wild", "year": 2010, "wins": 39, "losses": 35, "ot_losses": 8, "win_pct": 0.476, "goals_for": 206, "goals_against": 233, "goal_diff": -27}
{"name": "Minnesota Wild", "year": 2011, "wins": 35, "losses": 36, "ot_losses": 11, "win_pct": 0.427, "goals_for": 177, "goals_against": 226, "goal_diff": -49}
{"name": "Moldova", "capital": "Chişinău", "population": 4324000, "area": 33843.0}
{"name": "Monaco", "capital": "Monaco", "population": 32965, "area": 1.95}
{"name": "Mongolia", "capital": "Ulan Bator", "population": 3086918, "area": 1565000.0}
{"name": "Montenegro", "capital": "Podgorica", "population": 666730, "area": 14026.0}
{"name": "Montreal Canadiens", "year": 1990, "wins": 39, "losses": 30, "ot_losses": null, "win_pct": 0.487, "goals_for": 273, "goals_against": 249, "goal_diff": 24}
{"name": "Montreal Canadiens", "year": 1991, "wins": 41, "losses": 28, "ot_losses": null, "win_pct": 0.512, "goals_for": 267, "goals_against": 207, "goal_diff": 60}
{"name": "Montreal Canadiens", "year": 1992, "wins": 48, "losses": 30, "ot_losses": null, "win_pct": 0.571, "goals_for": 326, "goals_against": 280, "goal_diff": 46}
{"name": "Montreal Canadiens", "year": 1993, "wins": 41, "losses": 29, "ot_losses": null, "win_pct": 0.488, "goals_for": 283, "goals_against": 248, "goal_diff": 35}
{"name": "Montreal Canadiens", "year": 1994, "wins": 18, "losses": 23, "ot_losses": null, "win_pct": 0.375, "goals_for": 125, "goals_against": 148, "goal_diff": -23}
{"name": "Montreal Canadiens", "year": 1995, "wins": 40, "losses": 32, "ot_losses": null, "win_pct": 0.488, "goals_for": 265, "goals_against": 248, "goal_diff": 17}
{"name": "Montreal Canadiens", "year": 1996, "wins": 31, "losses": 36, "ot_losses": null, "win_pct": 0.378, "goals_for": 249, "goals_against": 276, "goal_diff": -27}
{"name": "Montreal Canadiens", "year": 1997, "wins": 37, "losses": 32, "ot_losses": null, "win_pct": 0.451, "goals_for": 235, "goals_against": 208, "goal_diff": 27}
{"name": "Montreal Canadiens", "year": 1998, "wins": 32, "losses": 39, "ot_losses": null, "win_pct": 0.39, "goals_for": 184, "goals_against": 209, "goal_diff": -25}
{"name": "Montreal Canadiens", "year": 1999, "wins": 35, "losses": 34, "ot_losses": 4, "win_pct": 0.427, "goals_for": 196, "goals_against": 194, "goal_diff": 2}
{"name": "Montreal Canadiens", "year": 2000, "wins": 28, "losses": 40, "ot_losses": 6, "win_pct": 0.341, "goals_for": 206, "goals_against": 232, "goal_diff": -26}
{"name": "Montreal Canadiens", "year": 2001, "wins": 36, "losses": 31, "ot_losses": 3, "win_pct": 0.439, "goals_for": 207, "goals_against": 209, "goal_diff": -2}
{"name": "Montreal Canadiens", "year": 2002, "wins": 30, "losses": 35, "ot_losses": 9, "win_pct": 0.366, "goals_for": 206, "goals_against": 234, "goal_diff": -28}
{"name": "Montreal Canadiens", "year": 2003, "wins": 41, "losses": 30, "ot_losses": 4, "win_pct": 0.5, "goals_for": 208, "goals_against": 192, "goal_diff": 16}
{"name": "Montreal Canadiens", "year": 2005, "wins": 42, "losses": 31, "ot_losses": 9, "win_pct": 0.512, "goals_for": 243, "goals_against": 247, "goal_diff": -4}
{"name": "Montreal Canadiens", "year": 2006, "wins": 42, "losses": 34, "ot_losses": 6, "win_pct": 0.512, "goals_for": 245, "goals_against": 256, "goal_diff": -11}
{"name": "Montreal Canadiens", "year": 2007, "wins": 47, "losses": 25, "ot_losses": 10, "win_pct": 0.573, "goals_for": 262, "goals_against": 222, "goal_diff": 40}
{"name": "Montreal Canadiens", "year": 2008, "wins": 41, "losses": 30, "ot_losses": 11, "win_pct": 0.5, "goals_for": 249, "goals_against": 247, "goal_diff": 2}
{"name": "Montreal Canadiens", "year": 2009, "wins": 39, "losses": 33, "ot_losses": 10, "win_pct": 0.476, "goals_for": 217, "goals_against": 223, "goal_diff": -6}
{"name": "Montreal Canadiens", "year": 2010, "wins": 44, "losses": 30, "ot_losses": 8, "win_pct": 0.537, "goals_for": 216, "goals_against": 209, "goal_diff": 7}
{"name": "Montreal Canadiens", "year": 2011, "wins": 31, "losses": 35, "ot_losses": 16, "win_pct": 0.378, "goals_for": 212, "goals_against": 226, "goal_diff": -14}
{"name": "Montserrat", "capital": "Plymouth", "population": 9341, "area": 102.0}
{"name": "Morocco", "capital": "Rabat", "population": 31627428, "area": 446550.0}
{"name": "Mozambique", "capital": "Maputo", "population": 22061451, "area": 801590.0}
{"name": "Myanmar [Burma]", "capital": "Naypyitaw", "population": 53414374, "area": 678500.0}
{"name": "Namibia", "capital": "Windhoek", "population": 2128471, "area": 825418.0}
{"name": "Nashville Predators", "year": 1998, "wins": 28, "losses": 47, "ot_losses": null, "win_pct": 0.341, "goals_for": 190, "goals_against": 261, "goal_diff": -71}
{"name": "Nashville Predators", "year": 1999, "wins": 28, "losses": 40, "ot_losses": 7, "win_pct": 0.341, "goals_for": 199, "goals_against": 240, "goal_diff": -41}
{"name": "Nashville Predators", "year": 2000, "wins": 34, "losses": 36, "ot_losses": 3, "win_pct": 0.415, "goals_for": 186, "goals_against": 200, "goal_diff": -14}
{"name": "Nashville Predators", "year": 2001, "wins": 28, "losses": 41, "ot_losses": 0, "win_pct": 0.341, "goals_for": 196, "goals_against": 230, "goal_diff": -34}
{"name": "Nashville Predators", "year": 2002, "wins": 27, "losses": 35, "ot_losses": 7, "win_pct": 0.329, "goals_for": 183, "goals_against": 206, "goal_diff": -23}
{"name": "Nashville Predators", "year": 2003, "wins": 38, "losses": 29, "ot_losses": 4, "win_pct": 0.463, "goals_for": 216, "goals_against": 217, "goal_diff": -1}
{"name": "Nashville Predators", "year": 2005, "wins": 49, "losses": 25, "ot_losses": 8, "win_pct": 0.598, "goals_for": 259, "goals_against": 227, "goal_diff": 32}
{"name": "Nashville Predators", "year": 2006, "wins": 51, "losses": 23, "ot_losses": 8, "win_pct": 0.622, "goals_for": 272, "goals_against": 212, "goal_diff": 60}
{"name": "Nashville Predators", "year": 2007, "wins": 41, "losses": 32, "ot_losses": 9, "win_pct": 0.5, "goals_for": 230, "goals_against": 229, "goal_diff": 1}
{"name": "Nashville Predators", "year": 2008, "wins": 40, "losses": 34, "ot_losses": 8, "win_pct": 0.488, "goals_for": 213, "goals_against": 233, "goal_diff": -20}
{"name": "Nashville Predators", "year": 2009, "wins": 47, "losses": 29, "ot_losses": 6, "win_pct": 0.573, "goals_for": 225, "goals_against": 225, "goal_diff": 0}
{"name": "Nashville Predators", "year": 2010, "wins": 44, "losses": 27, "ot_losses": 11, "win_pct": 0.537, "goals_for": 219, "goals_against": 194, "goal_diff": 25}
{"name": "Nashville Predators", "year": 2011, "wins": 48, "losses": 26, "ot_losses": 8, "win_pct": 0.585, "goals_for": 237, "goals_against": 210, "goal_diff": 27}
{"name": "Nauru", "capital": "Yaren", "population": 10065, "area": 21.0}
{"name": "Nepal", "capital": "Kathmandu", "population": 28951852, "area": 140800.0}
{"name": "Netherlands", "capital": "Amsterdam", "population": 16645000, "area": 41526.0}
{"name": "New Caledonia", "capital": "Noumea", "population": 216494, "area": 19060.0}
{"name": "New Jersey Devils", "year": 1990, "wins": 32, "losses": 33, "ot_losses": null, "win_pct": 0.4, "goals_for": 272, "goals_against": 264, "goal_diff": 8}
{"name": "New Jersey Devils", "year": 1991, "wins": 38, "losses": 31, "ot_losses": null, "win_pct": 0.475, "goals_for": 289, "goals_against": 259, "goal_diff": 30}
{"name": "New Jersey Devils", "year": 1992, "wins": 40, "losses": 37, "ot_losses": null, "win_pct": 0.476, "goals_for": 308, "goals_against": 299, "goal_diff": 9}
{"name": "New Jersey Devils", "year": 1993, "wins": 47, "losses": 25, "ot_losses": null, "win_pct": 0.56, "goals_for": 306, "goals_against": 220, "goal_diff": 86}
{"name": "New Jersey Devils", "year": 1994, "wins": 22, "losses": 18, "ot_losses": null, "win_pct": 0.458, "goals_for": 136, "goals_against": 121, "goal_diff": 15}
{"name": "New Jersey Devils", "year": 1995, "wins": 37, "losses": 33, "ot_losses": null, "win_pct": 0.451, "goals_for": 215, "goals_against": 202, "goal_diff": 13}
{"name": "New Jersey Devils", "year": 1996, "wins": 45, "losses": 23, "ot_losses": null, "win_pct": 0.549, "goals_for": 231, "goals_against": 182, "goal_diff": 49}
{"name": "New Jersey Devils", "year": 1997, "wins": 48, "losses": 23, "ot_losses": null, "win_pct": 0.585, "goals_for": 225, "goals_against": 166, "goal_diff": 59}
{"name": "New Jersey Devils", "year": 1998, "wins": 47, "losses": 24, "ot_losses": null, "win_pct": 0.573, "goals_for": 248, "goals_against": 196, "goal_diff": 52}
{"name": "New Jersey Devils", "year": 1999, "wins": 45, "losses": 24, "ot_losses": 5, "win_pct": 0.549, "goals_for": 251, "goals_against": 203, "goal_diff": 48}
{"name": "New Jersey Devils", "year": 2000, "wins": 48, "losses": 19, "ot_losses": 3, "win_pct": 0.585, "goals_for": 295, "goals_against": 195, "goal_diff": 100}
{"name": "New Jersey Devils", "year": 2001, "wins": 41, "losses": 28, "ot_losses": 4, "win_pct": 0.5, "goals_for": 205, "goals_against": 187, "goal_diff": 18}
{"name": "New Jersey Devils", "year": 2002, "wins": 46, "losses": 20, "ot_losses": 6, "win_pct": 0.561, "goals_for": 216, "goals_against": 166, "goal_diff": 50}
{"name": "New Jersey Devils", "year": 2003, "wins": 43, "losses": 25, "ot_losses": 2, "win_pct": 0.524, "goals_for": 213, "goals_against": 164, "goal_diff": 49}
{"name": "New Jersey Devils", "year": 2005, "wins": 46, "losses": 27, "ot_losses": 9, "win_pct": 0.561, "goals_for": 242, "goals_against": 229, "goal_diff": 13}
{"name": "New Jersey Devils", "year": 2006, "wins": 49, "losses": 24, "ot_losses": 9, "win_pct": 0.598, "goals_for": 216, "goals_against": 201, "goal_diff": 15}
{"name": "New Jersey Devils", "year": 2007, "wins": 46, "losses": 29, "ot_losses": 7, "win_pct": 0.561, "goals_for": 206, "goals_against": 197, "goal_diff": 9}
{"name": "New Jersey Devils", "year": 2008, "wins": 51, "losses": 27, "ot_losses": 4, "win_pct": 0.622, "goals_for": 244, "goals_against": 209, "goal_diff": 35}
{"name": "New Jersey Devils", "year": 2009, "wins": 48, "losses": 27, "ot_losses": 7, "win_pct": 0.585, "goals_for": 222, "goals_against": 191, "goal_diff": 31}
{"name": "New Jersey Devils", "year": 2010, "wins": 38, "losses": 39, "ot_losses": 5, "win_pct": 0.463, "goals_for": 174, "goals_against": 209, "goal_diff": -35}
{"name": "New Jersey Devils", "year": 2011, "wins": 48, "losses": 28, "ot_losses": 6, "win_pct": 0.585, "goals_for": 228, "goals_against": 209, "goal_diff": 19}
{"name": "New York Islanders", "year": 1990, "wins": 25, "losses": 45, "ot_losses": null, "win_pct": 0.312, "goals_for": 223, "goals_against": 290, "goal_diff": -67}
{"name": "New York Islanders", "year": 1991, "wins": 34, "losses": 35, "ot_losses": null, "win_pct": 0.425, "goals_for": 291, "goals_against": 299, "goal_diff": -8}
{"name": "New York Islanders", "year": 1992, "wins": 40, "losses": 37, "ot_losses": null, "win_pct": 0.476, "goals_for": 335, "goals_against": 297, "goal_diff": 38}
{"name": "New York Islanders", "year": 1993, "wins": 36, "losses": 36, "ot_losses": null, "win_pct": 0.429, "goals_for": 282, "goals_against": 264, "goal_diff": 18}
{"name": "New York Islanders", "year": 1994, "wins": 15, "losses": 28, "ot_losses": null, "win_pct": 0.312, "goals_for": 126, "goals_against": 158, "goal_diff": -32}
{"name": "New York Islanders", "year": 1995, "wins": 22, "losses": 50, "ot_losses": null, "win_pct": 0.268, "goals_for": 229, "goals_against": 315, "goal_diff": -86}
{"name": "New York Islanders", "year": 1996, "wins": 29, "losses": 41, "ot_losses": null, "win_pct": 0.354, "goals_for": 240, "goals_against": 250, "goal_diff": -10}
{"name": "New York Islanders", "year": 1997, "wins": 30, "losses": 41, "ot_losses": null, "win_pct": 0.366, "goals_for": 212, "goals_against": 225, "goal_diff": -13}
{"name": "New York Islanders", "year": 1998, "wins": 24, "losses": 48, "ot_losses": null, "win_pct": 0.293, "goals_for": 194, "goals_against": 244, "goal_diff": -50}
{"name": "New York Islanders", "year": 1999, "wins": 24, "losses": 48, "ot_losses": 1, "win_pct": 0.293, "goals_for": 194, "goals_against": 275, "goal_diff": -81}
{"name": "New York Islanders", "year": 2000, "wins": 21, "losses": 51, "ot_losses": 3, "win_pct": 0.256, "goals_for": 185, "goals_against": 268, "goal_diff": -83}
{"name": "New York Islanders", "year": 2001, "wins": 42, "losses": 28, "ot_losses": 4, "win_pct": 0.512, "goals_for": 239, "goals_against": 220, "goal_diff": 19}
{"name": "New York Islanders", "year": 2002, "wins": 35, "losses": 34, "ot_losses": 2, "win_pct": 0.427, "goals_for": 224, "goals_against": 231, "goal_diff": -7}
{"name": "New York Islanders", "year": 2003, "wins": 38, "losses": 29, "ot_losses": 4, "win_pct": 0.463, "goals_for": 237, "goals_against": 210, "goal_diff": 27}
{"name": "New York Islanders", "year": 2005, "wins": 36, "losses": 40, "ot_losses": 6, "win_pct": 0.439, "goals_for": 230, "goals_against": 278, "goal_diff": -48}
{"name": "New York Islanders", "year": 2006, "wins": 40, "losses": 30, "ot_losses": 12, "win_pct": 0.488, "goals_for": 248, "goals_against": 240, "goal_diff": 8}
{"name": "New York Islanders", "year": 2007, "wins": 35, "losses": 38, "ot_losses": 9, "win_pct": 0.427, "goals_for": 194, "goals_against": 243, "goal_diff": -49}
{"name": "New York Islanders", "year": 2008, "wins": 26, "losses": 47, "ot_losses": 9, "win_pct": 0.317, "goals_for": 201, "goals_against": 279, "goal_diff": -78}
{"name": "New York Islanders", "year": 2009, "wins": 34, "losses": 37, "ot_losses": 11, "win_pct": 0.415, "goals_for": 222, "goals_against": 264, "goal_diff": -42}
{"name": "New York Islanders", "year": 2010, "wins": 30, "losses": 39, "ot_losses": 13, "win_pct": 0.366, "goals_for": 229, "goals_against": 264, "goal_diff": -35}
{"name": "New York Islanders", "year": 2011, "wins": 34, "losses": 37, "ot_losses": 11, "win_pct": 0.415, "goals_for": 203, "goals_against": 255, "goal_diff": -52}
{"name": "New York Rangers", "year": 1990, "wins": 36, "losses": 31, "ot_losses": null, "win_pct": 0.45, "goals_for": 297, "goals_against": 265, "goal_diff": 32}
{"name": "New York Rangers", "year": 1991, "wins": 50, "losses": 25, "ot_losses": null, "win_pct": 0.625, "goals_for": 321, "goals_against": 246, "goal_diff": 75}
{"name": "New York Rangers", "year": 1992, "wins": 34, "losses": 39, "ot_losses": null, "win_pct": 0.405, "goals_for": 304, "goals_against": 308, "goal_diff": -4}
{"name": "New York Rangers", "year": 1993, "wins": 52, "losses": 24, "ot_losses": null, "win_pct": 0.619, "goals_for": 299, "goals_against": 231, "goal_diff": 68}
{"name": "New York Rangers", "year": 1994, "wins": 22, "losses": 23, "ot_losses": null, "win_pct": 0.458, "goals_for": 139, "goals_against": 134, "goal_diff": 5}
{"name": "New York Rangers", "year": 1995, "wins": 41, "losses": 27, "ot_losses": null, "win_pct": 0.5, "goals_for": 272, "goals_against": 237, "goal_diff": 35}
{"name": "New York Rangers", "year": 1996, "wins": 38, "losses": 34, "ot_losses": null, "win_pct": 0.463, "goals_for": 258, "goals_against": 231, "goal_diff": 27}
{"name": "New York Rangers", "year": 1997, "wins": 25, "losses": 39, "ot_losses": null, "win_pct": 0.305, "goals_for": 197, "goals_against": 231, "goal_diff": -34}
{"name": "New York Rangers", "year": 1998, "wins": 33, "losses": 38, "ot_losses": null, "win_pct": 0.402, "goals_for": 217, "goals_against": 227, "goal_diff": -10}
{"name": "New York Rangers", "year": 1999, "wins": 29, "losses": 38, "ot_losses": 3, "win_pct": 0.354, "goals_for": 218, "goals_against": 246, "goal_diff": -28}
{"name": "New York Rangers", "year": 2000, "wins": 33, "losses": 43, "ot_losses": 1, "win_pct": 0.402, "goals_for": 250, "goals_against": 290, "goal_diff": -40}
{"name": "New York Rangers", "year": 2001, "wins": 36, "losses": 38, "ot_losses": 4, "win_pct": 0.439, "goals_for": 227, "goals_against": 258, "goal_diff": -31}
{"name": "New York Rangers", "year": 2002, "wins": 32, "losses": 36, "ot_losses": 4, "win_pct": 0.39, "goals_for": 210, "goals_against": 231, "goal_diff": -21}
{"name": "New York Rangers", "year": 2003, "wins": 27, "losses": 40, "ot_losses": 8, "win_pct": 0.329, "goals_for": 206, "goals_against": 250, "goal_diff": -44}
{"name": "New York Rangers", "year": 2005, "wins": 44, "losses": 26, "ot_losses": 12, "win_pct": 0.537, "goals_for": 257, "goals_against": 215, "goal_diff": 42}
{"name": "New York Rangers", "year": 2006, "wins": 42, "losses": 30, "ot_losses": 10, "win_pct": 0.512, "goals_for": 242, "goals_against": 216, "goal_diff": 26}
{"name": "New York Rangers", "year": 2007, "wins": 42, "losses": 27, "ot_losses": 13, "win_pct": 0.512, "goals_for": 213, "goals_against": 199, "goal_diff": 14}
{"name": "New York Rangers", "year": 2008, "wins": 43, "losses": 30, "ot_losses": 9, "win_pct": 0.524, "goals_for": 210, "goals_against": 218, "goal_diff": -8}
{"name": "New York Rangers", "year": 2009, "wins": 38, "losses": 33, "ot_losses": 11, "win_pct": 0.463, "goals_for": 222, "goals_against": 218, "goal_diff": 4}
{"name": "New York Rangers", "year": 2010, "wins": 44, "losses": 33, "ot_losses": 5, "win_pct": 0.537, "goals_for": 233, "goals_against": 198, "goal_diff": 35}
{"name": "New York Rangers", "year": 2011, "wins": 51, "losses": 24, "ot_losses": 7, "win_pct": 0.622, "goals_for": 226, "goals_against": 187, "goal_diff": 39}
{"name": "New Zealand", "capital": "Wellington", "population": 4252277, "area": 268680.0}
{"name": "Nicaragua", "capital": "Managua", "population": 5995928, "area": 129494.0}
{"name": "Niger", "capital": "Niamey", "population": 15878271, "area": 1267000.0}
{"name": "Nigeria", "capital": "Abuja", "population": 154000000, "area": 923768.0}
{"name": "Niue", "capital": "Alofi", "population": 2166, "area": 260.0}
{"name": "Norfolk Island", "capital": "Kingston", "population": 1828, "area": 34.6}
{"name": "North Korea", "capital": "Pyongyang", "population": 22912177, "area": 120540.0}
{"name": "Northern Mariana Islands", "capital": "Saipan", "population": 53883, "area": 477.0}
{"name": "Norway", "capital": "Oslo", "population": 5009150, "area": 324220.0}
{"name": "Oman", "capital": "Muscat", "population": 2967717, "area": 212460.0}
{"name": "Ottawa Senators", "year": 1992, "wins": 10, "losses": 70, "ot_losses": null, "win_pct": 0.119, "goals_for": 202, "goals_against": 395, "goal_diff": -193}
{"name": "Ottawa Senators", "year": 1993, "wins": 14, "losses": 61, "ot_losses": null, "win_pct": 0.167, "goals_for": 201, "goals_against": 397, "goal_diff": -196}
{"name": "Ottawa Senators", "year": 1994, "wins": 9, "losses": 34, "ot_losses": null, "win_pct": 0.188, "goals_for": 117, "goals_against": 174, "goal_diff": -57}
{"name": "Ottawa Senators", "year": 1995, "wins": 18, "losses": 59, "ot_losses": null, "win_pct": 0.22, "goals_for": 191, "goals_against": 291, "goal_diff": -100}
{"name": "Ottawa Senators", "year": 1996, "wins": 31, "losses": 36, "ot_losses": null, "win_pct": 0.378, "goals_for": 226, "goals_against": 234, "goal_diff": -8}
{"name": "Ottawa Senators", "year": 1997, "wins": 34, "losses": 33, "ot_losses": null, "win_pct": 0.415, "goals_for": 193, "goals_against": 200, "goal_diff": -7}
{"name": "Ottawa Senators", "year": 1998, "wins": 44, "losses": 23, "ot_losses": null, "win_pct": 0.537, "goals_for": 239, "goals_against": 179, "goal_diff": 60}
{"name": "Ottawa Senators", "year": 1999, "wins": 41, "losses": 28, "ot_losses": 2, "win_pct": 0.5, "goals_for": 244, "goals_against": 210, "goal_diff": 34}
{"name": "Ottawa Senators", "year": 2000, "wins": 48, "losses": 21, "ot_losses": 4, "win_pct": 0.585, "goals_for": 274, "goals_against": 205, "goal_diff": 69}
{"name": "Ottawa Senators", "year": 2001, "wins": 39, "losses": 27, "ot_losses": 7, "win_pct": 0.476, "goals_for": 243, "goals_against": 208, "goal_diff": 35}
{"name": "Ottawa Senators", "year": 2002, "wins": 52, "losses": 21, "ot_losses": 1, "win_pct": 0.634, "goals_for": 263, "goals_against": 182, "goal_diff": 81}
{"name": "Ottawa Senators", "year": 2003, "wins": 43, "losses": 23, "ot_losses": 6, "win_pct": 0.524, "goals_for": 262, "goals_against": 189, "goal_diff": 73}
{"name": "Ottawa Senators", "year": 2005, "wins": 52, "losses": 21, "ot_losses": 9, "win_pct": 0.634, "goals_for": 314, "goals_against": 211, "goal_diff": 103}
{"name": "Ottawa Senators", "year": 2006, "wins": 48, "losses": 25, "ot_losses": 9, "win_pct": 0.585, "goals_for": 288, "goals_against": 222, "goal_diff": 66}
{"name": "Ottawa Senators", "year": 2007, "wins": 43, "losses": 31, "ot_losses": 8, "win_pct": 0.524, "goals_for": 261, "goals_against": 247, "goal_diff": 14}
{"name": "Ottawa Senators", "year": 2008, "wins": 36, "losses": 35, "ot_losses": 11, "win_pct": 0.439, "goals_for": 217, "goals_against": 237, "goal_diff": -20}
{"name": "Ottawa Senators", "year": 2009, "wins": 44, "losses": 32, "ot_losses": 6, "win_pct": 0.537, "goals_for": 225, "goals_against": 238, "goal_diff": -13}
{"name": "Ottawa Senators", "year": 2010, "wins": 32, "losses": 40, "ot_losses": 10, "win_pct": 0.39, "goals_for": 192, "goals_against": 250, "goal_diff": -58}
{"name": "Ottawa Senators", "year": 2011, "wins": 41, "losses": 31, "ot_losses": 10, "win_pct": 0.5, "goals_for": 249, "goals_against": 240, "goal_diff": 9}
{"name": "Pakistan", "capital": "Islamabad", "population": 184404791, "area": 803940.0}
{"name": "Palau", "capital": "Melekeok", "population": 19907, "area": 458.0}
{"name": "Palestine", "capital": "None", "population": 3800000, "area": 5970.0}
{"name": "Panama", "capital": "Panama City", "population": 3410676, "area": 78200.0}
{"name": "Papua New Guinea", "capital": "Port Moresby", "population": 6064515, "area": 462840.0}
{"name": "Paraguay", "capital": "Asunción", "population": 6375830, "area": 406750.0}
{"name": "Peru", "capital": "Lima", "population": 29907003, "area": 1285220.0}
{"name": "Philadelphia Flyers", "year": 1990, "wins": 33, "losses": 37, "ot_losses": null, "win_pct": 0.412, "goals_for": 252, "goals_against": 267, "goal_diff": -15}
{"name": "Philadelphia Flyers", "year": 1991, "wins": 32, "losses": 37, "ot_losses": null, "win_pct": 0.4, "goals_for": 252, "goals_against": 273, "goal_diff": -21}
{"name": "Philadelphia Flyers", "year": 1992, "wins": 36, "losses": 37, "ot_losses": null, "win_pct": 0.429, "goals_for": 319, "goals_against": 319, "goal_diff": 0}
{"name": "Philadelphia Flyers", "year": 1993, "wins": 35, "losses": 39, "ot_losses": null, "win_pct": 0.417, "goals_for": 294, "goals_against": 314, "goal_diff": -20}
{"name": "Philadelphia Flyers", "year": 1994, "wins": 28, "losses": 16, "ot_losses": null, "win_pct": 0.583, "goals_for": 150, "goals_against": 132, "goal_diff": 18}
{"name": "Philadelphia Flyers", "year": 1995, "wins": 45, "losses": 24, "ot_losses": null, "win_pct": 0.549, "goals_for": 282, "goals_against": 208, "goal_diff": 74}
{"name": "Philadelphia Flyers", "year": 1996, "wins": 45, "losses": 24, "ot_losses": null, "win_pct": 0.549, "goals_for": 274, "goals_against": 217, "goal_diff": 57}
{"name": "Philadelphia Flyers", "year": 1997, "wins": 42, "losses": 29, "ot_losses": null, "win_pct": 0.512, "goals_for": 242, "goals_against": 193, "goal_diff": 49}
{"name": "Philadelphia Flyers", "year": 1998, "wins": 37, "losses": 26, "ot_losses": null, "win_pct": 0.451, "goals_for": 231, "goals_against": 196, "goal_diff": 35}
{"name": "Philadelphia Flyers", "year": 1999, "wins": 45, "losses": 22, "ot_losses": 3, "win_pct": 0.549, "goals_for": 237, "goals_against": 179, "goal_diff": 58}
{"name": "Philadelphia Flyers", "year": 2000, "wins": 43, "losses": 25, "ot_losses": 3, "win_pct": 0.524, "goals_for": 240, "goals_against": 207, "goal_diff": 33}
{"name": "Philadelphia Flyers", "year": 2001, "wins": 42, "losses": 27, "ot_losses": 3, "win_pct": 0.512, "goals_for": 234, "goals_against": 192, "goal_diff": 42}
{"name": "Philadelphia Flyers", "year": 2002, "wins": 45, "losses": 20, "ot_losses": 4, "win_pct": 0.549, "goals_for": 211, "goals_against": 166, "goal_diff": 45}
{"name": "Philadelphia Flyers", "year": 2003, "wins": 40, "losses": 21, "ot_losses": 6, "win_pct": 0.488, "goals_for": 229, "goals_against": 186, "goal_diff": 43}
{"name": "Philadelphia Flyers", "year": 2005, "wins": 45, "losses": 26, "ot_losses": 11, "win_pct": 0.549, "goals_for": 267, "goals_against": 259, "goal_diff": 8}
{"name": "Philadelphia Flyers", "year": 2006, "wins": 22, "losses": 48, "ot_losses": 12, "win_pct": 0.268, "goals_for": 214, "goals_against": 303, "goal_diff": -89}
{"name": "Philadelphia Flyers", "year": 2007, "wins": 42, "losses": 29, "ot_losses": 11, "win_pct": 0.512, "goals_for": 248, "goals_against": 233, "goal_diff": 15}
{"name": "Philadelphia Flyers", "year": 2008, "wins": 44, "losses": 27, "ot_losses": 11, "win_pct": 0.537, "goals_for": 264, "goals_against": 238, "goal_diff": 26}
{"name": "Philadelphia Flyers", "year": 2009, "wins": 41, "losses": 35, "ot_losses": 6, "win_pct": 0.5, "goals_for": 236, "goals_against": 225, "goal_diff": 11}
{"name": "Philadelphia Flyers", "year": 2010, "wins": 47, "losses": 23, "ot_losses": 12, "win_pct": 0.573, "goals_for": 259, "goals_against": 223, "goal_diff": 36}
{"name": "Philadelphia Flyers", "year": 2011, "wins": 47, "losses": 26, "ot_losses": 9, "win_pct": 0.573, "goals_for": 264, "goals_against": 232, "goal_diff": 32}
{"name": "Philippines", "capital": "Manila", "population": 99900177, "area": 300000.0}
{"name": "Phoenix Coyotes", "year": 1996, "wins": 38, "losses": 37, "ot_losses": null, "win_pct": 0.463, "goals_for": 240, "goals_against": 243, "goal_diff": -3}
{"name": "Phoenix Coyotes", "year": 1997, "wins": 35, "losses": 35, "ot_losses": null, "win_pct": 0.427, "goals_for": 224, "goals_against": 227, "goal_diff": -3}
{"name": "Phoenix Coyotes", "year": 1998, "wins": 39, "losses": 31, "ot_losses": null, "win_pct": 0.476, "goals_for": 205, "goals_against": 197, "goal_diff": 8}
{"name": "Phoenix Coyotes", "year": 1999, "wins": 39, "losses": 31, "ot_losses": 4, "win_pct": 0.476, "goals_for": 232, "goals_against": 228, "goal_diff": 4}
{"name": "Phoenix Coyotes", "year": 2000, "wins": 35, "losses": 27, "ot_losses": 3, "win_pct": 0.427, "goals_for": 214, "goals_against": 212, "goal_diff": 2}
{"name": "Phoenix Coyotes", "year": 2001, "wins": 40, "losses": 27, "ot_losses": 6, "win_pct": 0.488, "goals_for": 228, "goals_against": 210, "goal_diff": 18}
{"name": "Phoenix Coyotes", "year": 2002, "wins": 31, "losses": 35, "ot_losses": 5, "win_pct": 0.378, "goals_for": 204, "goals_against": 230, "goal_diff": -26}
{"name": "Phoenix Coyotes", "year": 2003, "wins": 22, "losses": 36, "ot_losses": 6, "win_pct": 0.268, "goals_for": 188, "goals_against": 245, "goal_diff": -57}
{"name": "Phoenix Coyotes", "year": 2005, "wins": 38, "losses": 39, "ot_losses": 5, "win_pct": 0.463, "goals_for": 246, "goals_against": 271, "goal_diff": -25}
{"name": "Phoenix Coyotes", "year": 2006, "wins": 31, "losses": 46, "ot_losses": 5, "win_pct": 0.378, "goals_for": 216, "goals_against": 284, "goal_diff": -68}
{"name": "Phoenix Coyotes", "year": 2007, "wins": 38, "losses": 37, "ot_losses": 7, "win_pct": 0.463, "goals_for": 214, "goals_against": 231, "goal_diff": -17}
{"name": "Phoenix Coyotes", "year": 2008, "wins": 36, "losses": 39, "ot_losses": 7, "win_pct": 0.439, "goals_for": 208, "goals_against": 252, "goal_diff": -44}
{"name": "Phoenix Coyotes", "year": 2009, "wins": 50, "losses": 25, "ot_losses": 7, "win_pct": 0.61, "goals_for": 225, "goals_against": 202, "goal_diff": 23}
{"name": "Phoenix Coyotes", "year": 2010, "wins": 43, "losses": 26, "ot_losses": 13, "win_pct": 0.524, "goals_for": 231, "goals_against": 226, "goal_diff": 5}
{"name": "Phoenix Coyotes", "year": 2011, "wins": 42, "losses": 27, "ot_losses": 13, "win_pct": 0.512, "goals_for": 216, "goals_against": 204, "goal_diff": 12}
{"name": "Pitcairn Islands", "capital": "Adamstown", "population": 46, "area": 47.0}
{"name": "Pittsburgh Penguins", "year": 1990, "wins": 41, "losses": 33, "ot_losses": null, "win_pct": 0.512, "goals_for": 342, "goals_against": 305, "goal_diff": 37}
{"name": "Pittsburgh Penguins", "year": 1991, "wins": 39, "losses": 32, "ot_losses": null, "win_pct": 0.487, "goals_for": 343, "goals_against": 308, "goal_diff": 35}
{"name": "Pittsburgh Penguins", "year": 1992, "wins": 56, "losses": 21, "ot_losses": null, "win_pct": 0.667, "goals_for": 367, "goals_against": 268, "goal_diff": 99}
{"name": "Pittsburgh Penguins", "year": 1993, "wins": 44, "losses": 27, "ot_losses": null, "win_pct": 0.524, "goals_for": 299, "goals_against": 285, "goal_diff": 14}
{"name": "Pittsburgh Penguins", "year": 1994, "wins": 29, "losses": 16, "ot_losses": null, "win_pct": 0.604, "goals_for": 181, "goals_against": 158, "goal_diff": 23}
{"name": "Pittsburgh Penguins", "year": 1995, "wins": 49, "losses": 29, "ot_losses": null, "win_pct": 0.598, "goals_for": 362, "goals_against": 284, "goal_diff": 78}
{"name": "Pittsburgh Penguins", "year": 1996, "wins": 38, "losses": 36, "ot_losses": null, "win_pct": 0.463, "goals_for": 285, "goals_against": 280, "goal_diff": 5}
{"name": "Pittsburgh Penguins", "year": 1997, "wins": 40, "losses": 24, "ot_losses": null, "win_pct": 0.488, "goals_for": 228, "goals_against": 188, "goal_diff": 40}
{"name": "Pittsburgh Penguins", "year": 1998, "wins": 38, "losses": 30, "ot_losses": null, "win_pct": 0.463, "goals_for": 242, "goals_against": 225, "goal_diff": 17}
{"name": "Pittsburgh Penguins", "year": 1999, "wins": 37, "losses": 31, "ot_losses": 6, "win_pct": 0.451, "goals_for": 241, "goals_against": 236, "goal_diff": 5}
{"name": "Pittsburgh Penguins", "year": 2000, "wins": 42, "losses": 28, "ot_losses": 3, "win_pct": 0.512, "goals_for": 281, "goals_against": 256, "goal_diff": 25}
{"name": "Pittsburgh Penguins", "year": 2001, "wins": 28, "losses": 41, "ot_losses": 5, "win_pct": 0.341, "goals_for": 198, "goals_against": 249, "goal_diff": -51}
{"name": "Pittsburgh Penguins", "year": 2002, "wins": 27, "losses": 44, "ot_losses": 5, "win_pct": 0.329, "goals_for": 189, "goals_against": 255, "goal_diff": -66}
{"name": "Pittsburgh Penguins", "year": 2003, "wins": 23, "losses": 47, "ot_losses": 4, "win_pct": 0.28, "goals_for": 190, "goals_against": 303, "goal_diff": -113}
{"name": "Pittsburgh Penguins", "year": 2005, "wins": 22, "losses": 46, "ot_losses": 14, "win_pct": 0.268, "goals_for": 244, "goals_against": 316, "goal_diff": -72}
{"name": "Pittsburgh Penguins", "year": 2006, "wins": 47, "losses": 24, "ot_losses": 11, "win_pct": 0.573, "goals_for": 277, "goals_against": 246, "goal_diff": 31}
{"name": "Pittsburgh Penguins", "year": 2007, "wins": 47, "losses": 27, "ot_losses": 8, "win_pct": 0.573, "goals_for": 247, "goals_against": 216, "goal_diff": 31}
{"name": "Pittsburgh Penguins", "year": 2008, "wins": 45, "losses": 28, "ot_losses": 9, "win_pct": 0.549, "goals_for": 264, "goals_against": 239, "goal_diff": 25}
{"name": "Pittsburgh Penguins", "year": 2009, "wins": 47, "losses": 28, "ot_losses": 7, "win_pct": 0.573, "goals_for": 257, "goals_against": 237, "goal_diff": 20}
{"name": "Pittsburgh Penguins", "year": 2010, "wins": 49, "losses": 25, "ot_losses": 8, "win_pct": 0.598, "goals_for": 238, "goals_against": 199, "goal_diff": 39}
{"name": "Pittsburgh Penguins", "year": 2011, "wins": 51, "losses": 25, "ot_losses": 6, "win_pct": 0.622, "goals_for": 282, "goals_against": 221, "goal_diff": 61}
{"name": "Poland", "capital": "Warsaw", "population": 38500000, "area": 312685.0}
{"name": "Portugal", "capital": "Lisbon", "population": 10676000, "area": 92391.0}
{"name": "Puerto Rico", "capital": "San Juan", "population": 3916632, "area": 9104.0}
{"name": "Qatar", "capital": "Doha", "population": 840926, "area": 11437.0}
{"name": "Quebec Nordiques", "year": 1990, "wins": 16, "losses": 50, "ot_losses": null, "win_pct": 0.2, "goals_for": 236, "goals_against": 354, "goal_diff": -118}
{"name": "Quebec Nordiques", "year": 1991, "wins": 20, "losses": 48, "ot_losses": null, "win_pct": 0.25, "goals_for": 255, "goals_against": 318, "goal_diff": -63}
{"name": "Quebec Nordiques", "year": 1992, "wins": 47, "losses": 27, "ot_losses": null, "win_pct": 0.56, "goals_for": 351, "goals_against": 300, "goal_diff": 51}
{"name": "Quebec Nordiques", "year": 1993, "wins": 34, "losses": 42, "ot_losses": null, "win_pct": 0.405, "goals_for": 277, "goals_against": 292, "goal_diff": -15}
{"name": "Quebec Nordiques", "year": 1994, "wins": 30, "losses": 13, "ot_losses": null, "win_pct": 0.625, "goals_for": 185, "goals_against": 134, "goal_diff": 51}
{"name": "Republic of the Congo", "capital": "Brazzaville", "population": 3039126, "area": 342000.0}
{"name": "Romania", "capital": "Bucharest", "population": 21959278, "area": 237500.0}
{"name": "Russia", "capital": "Moscow", "population": 140702000, "area": 17100000.0}
{"name": "Rwanda", "capital": "Kigali", "population": 11055976, "area": 26338.0}
{"name": "Réunion", "capital": "Saint-Denis", "population": 776948, "area": 2517.0}
{"name": "Saint Barthélemy", "capital": "Gustavia", "population": 8450, "area": 21.0}
{"name": "Saint Helena", "capital": "Jamestown", "population": 7460, "area": 410.0}
{"name": "Saint Kitts and Nevis", "capital": "Basseterre", "population": 51134, "area": 261.0}
{"name": "Saint Lucia", "capital": "Castries", "population": 160922, "area": 616.0}
{"name": "Saint Martin", "capital": "Marigot", "population": 35925, "area": 53.0}
{"name": "Saint Pierre and Miquelon", "capital": "Saint-Pierre", "population": 7012, "area": 242.0}
{"name": "Saint Vincent and the Grenadines", "capital": "Kingstown", "population": 104217, "area": 389.0}
{"name": "Samoa", "capital": "Apia", "population": 192001, "area": 2944.0}
{"name": "San Jose Sharks", "year": 1991, "wins": 17, "losses": 58, "ot_losses": null, "win_pct": 0.212, "goals_for": 219, "goals_against": 359, "goal_diff": -140}
{"name": "San Jose Sharks", "year": 1992, "wins": 11, "losses": 71, "ot_losses": null, "win_pct": 0.131, "goals_for": 218, "goals_against": 414, "goal_diff": -196}
{"name": "San Jose Sharks", "year": 1993, "wins": 33, "losses": 35, "ot_losses": null, "win_pct": 0.393, "goals_for": 252, "goals_against": 265, "goal_diff": -13}
{"name": "San Jose Sharks", "year": 1994, "wins": 19, "losses": 25, "ot_losses": null, "win_pct": 0.396, "goals_for": 129, "goals_against": 161, "goal_diff": -32}
{"name": "San Jose Sharks", "year": 1995, "wins": 20, "losses": 55, "ot_losses": null, "win_pct": 0.244, "goals_for": 252, "goals_against": 357, "goal_diff": -105}
{"name": "San Jose Sharks", "year": 1996, "wins": 27, "losses": 47, "ot_losses": null, "win_pct": 0.329, "goals_for": 211, "goals_against": 278, "goal_diff": -67}
{"name": "San Jose Sharks", "year": 1997, "wins": 34, "losses": 38, "ot_losses": null, "win_pct": 0.415, "goals_for": 210, "goals_against": 216, "goal_diff": -6}
{"name": "San Jose Sharks", "year": 1998, "wins": 31, "losses": 33, "ot_losses": null, "win_pct": 0.378, "goals_for": 196, "goals_against": 191, "goal_diff": 5}
{"name": "San Jose Sharks", "year": 1999, "wins": 35, "losses": 30, "ot_losses": 7, "win_pct": 0.427, "goals_for": 225, "goals_against": 214, "goal_diff": 11}
{"name": "San Jose Sharks", "year": 2000, "wins": 40, "losses": 27, "ot_losses": 3, "win_pct": 0.488, "goals_for": 217, "goals_against": 192, "goal_diff": 25}
{"name": "San Jose Sharks", "year": 2001, "wins": 44, "losses": 27, "ot_losses": 3, "win_pct": 0.537, "goals_for": 248, "goals_against": 199, "goal_diff": 49}
{"name": "San Jose Sharks", "year": 2002, "wins": 28, "losses": 37, "ot_losses": 8, "win_pct": 0.341, "goals_for": 214, "goals_against": 239, "goal_diff": -25}
{"name": "San Jose Sharks", "year": 2003, "wins": 43, "losses": 21, "ot_losses": 6, "win_pct": 0.524, "goals_for": 219, "goals_against": 183, "goal_diff": 36}
{"name": "San Jose Sharks", "year": 2005, "wins": 44, "losses": 27, "ot_losses": 11, "win_pct": 0.537, "goals_for": 266, "goals_against": 242, "goal_diff": 24}
{"name": "San Jose Sharks", "year": 2006, "wins": 51, "losses": 26, "ot_losses": 5, "win_pct": 0.622, "goals_for": 258, "goals_against": 199, "goal_diff": 59}
{"name": "San Jose Sharks", "year": 2007, "wins": 49, "losses": 23, "ot_losses": 10, "win_pct": 0.598, "goals_for": 222, "goals_against": 193, "goal_diff": 29}
{"name": "San Jose Sharks", "year": 2008, "wins": 53, "losses": 18, "ot_losses": 11, "win_pct": 0.646, "goals_for": 257, "goals_against": 204, "goal_diff": 53}
{"name": "San Jose Sharks", "year": 2009, "wins": 51, "losses": 20, "ot_losses": 11, "win_pct": 0.622, "goals_for": 264, "goals_against": 215, "goal_diff": 49}
{"name": "San Jose Sharks", "year": 2010, "wins": 48, "losses": 25, "ot_losses": 9, "win_pct": 0.585, "goals_for": 248, "goals_against": 213, "goal_diff": 35}
{"name": "San Jose Sharks", "year": 2011, "wins": 43, "losses": 29, "ot_losses": 10, "win_pct": 0.524, "goals_for": 228, "goals_against": 210, "goal_diff": 18}
{"name": "San Marino", "capital": "San Marino", "population": 31477, "area": 61.2}
{"name": "Saudi Arabia", "capital": "Riyadh", "population": 25731776, "area": 1960582.0}
{"name": "Senegal", "capital": "Dakar", "population": 12323252, "area": 196190.0}
{"name": "Serbia", "capital": "Belgrade", "population": 7344847, "area": 88361.0}
{"name": "Seychelles", "capital": "Victoria", "population": 88340, "area": 455.0}
{"name": "Sierra Leone", "capital": "Freetown", "population": 5245695, "area": 71740.0}
{"name": "Singapore", "capital": "Singapore", "population": 4701069, "area": 692.7}
{"name": "Sint Maarten", "capital": "Philipsburg", "population": 37429, "area": 21.0}
{"name": "Slovakia", "capital": "Bratislava", "population": 5455000, "area": 48845.0}
{"name": "Slovenia", "capital": "Ljubljana", "population": 2007000, "area": 20273.0}
{"name": "Solomon Islands", "capital": "Honiara", "population": 559198, "area": 28450.0}
{"name": "Somalia", "capital": "Mogadishu", "population": 10112453, "area": 637657.0}
{"name": "South Africa", "capital": "Pretoria", "population": 49000000, "area": 1219912.0}
{"name": "South Georgia and the South Sandwich Islands", "capital": "Grytviken", "population": 30, "area": 3903.0}
{"name": "South Korea", "capital": "Seoul", "population": 48422644, "area": 98480.0}
{"name": "South Sudan", "capital": "Juba", "population": 8260490, "area": 644329.0}
{"name": "Spain", "capital": "Madrid", "population": 46505963, "area": 504782.0}
{"name": "Sri Lanka", "capital": "Colombo", "population": 21513990, "area": 65610.0}
{"name": "St. Louis Blues", "year": 1990, "wins": 47, "losses": 22, "ot_losses": null, "win_pct": 0.588, "goals_for": 310, "goals_against": 250, "goal_diff": 60}
{"name": "St. Louis Blues", "year": 1991, "wins": 36, "losses": 33, "ot_losses": null, "win_pct": 0.45, "goals_for": 279, "goals_against": 266, "goal_diff": 13}
{"name": "St. Louis Blues", "year": 1992, "wins": 37, "losses": 36, "ot_losses": null, "win_pct": 0.44, "goals_for": 282, "goals_against": 278, "goal_diff": 4}
{"name": "St. Louis Blues", "year": 1993, "wins": 40, "losses": 33, "ot_losses": null, "win_pct": 0.476, "goals_for": 270, "goals_against": 283, "goal_diff": -13}
{"name": "St. Louis Blues", "year": 1994, "wins": 28, "losses": 15, "ot_losses": null, "win_pct": 0.583, "goals_for": 178, "goals_against": 135, "goal_diff": 43}
{"name": "St. Louis Blues", "year": 1995, "wins": 32, "losses": 34, "ot_losses": null, "win_pct": 0.39, "goals_for": 219, "goals_against": 248, "goal_diff": -29}
{"name": "St. Louis Blues", "year": 1996, "wins": 36, "losses": 35, "ot_losses": null, "win_pct": 0.439, "goals_for": 236, "goals_against": 239, "goal_diff": -3}
{"name": "St. Louis Blues", "year": 1997, "wins": 45, "losses": 29, "ot_losses": null, "win_pct": 0.549, "goals_for": 256, "goals_against": 204, "goal_diff": 52}
{"name": "St. Louis Blues", "year": 1998, "wins": 37, "losses": 32, "ot_losses": null, "win_pct": 0.451, "goals_for": 237, "goals_against": 209, "goal_diff": 28}
{"name": "St. Louis Blues", "year": 1999, "wins": 51, "losses": 19, "ot_losses": 1, "win_pct": 0.622, "goals_for": 248, "goals_against": 165, "goal_diff": 83}
{"name": "St. Louis Blues", "year": 2000, "wins": 43, "losses": 22, "ot_losses": 5, "win_pct": 0.524, "goals_for": 249, "goals_against": 195, "goal_diff": 54}
{"name": "St. Louis Blues", "year": 2001, "wins": 43, "losses": 27, "ot_losses": 4, "win_pct": 0.524, "goals_for": 227, "goals_against": 188, "goal_diff": 39}
{"name": "St. Louis Blues", "year": 2002, "wins": 41, "losses": 24, "ot_losses": 6, "win_pct": 0.5, "goals_for": 253, "goals_against": 222, "goal_diff": 31}
{"name": "St. Louis Blues", "year": 2003, "wins": 39, "losses": 30, "ot_losses": 2, "win_pct": 0.476, "goals_for": 191, "goals_against": 198, "goal_diff": -7}
{"name": "St. Louis Blues", "year": 2005, "wins": 21, "losses": 46, "ot_losses": 15, "win_pct": 0.256, "goals_for": 197, "goals_against": 292, "goal_diff": -95}
{"name": "St. Louis Blues", "year": 2006, "wins": 34, "losses": 35, "ot_losses": 13, "win_pct": 0.415, "goals_for": 214, "goals_against": 254, "goal_diff": -40}
{"name": "St. Louis Blues", "year": 2007, "wins": 33, "losses": 36, "ot_losses": 13, "win_pct": 0.402, "goals_for": 205, "goals_against": 237, "goal_diff": -32}
{"name": "St. Louis Blues", "year": 2008, "wins": 41, "losses": 31, "ot_losses": 10, "win_pct": 0.5, "goals_for": 233, "goals_against": 233, "goal_diff": 0}
{"name": "St. Louis Blues", "year": 2009, "wins": 40, "losses": 32, "ot_losses": 10, "win_pct": 0.488, "goals_for": 225, "goals_against": 223, "goal_diff": 2}
{"name": "St. Louis Blues", "year": 2010, "wins": 38, "losses": 33, "ot_losses": 11, "win_pct": 0.463, "goals_for": 240, "goals_against": 234, "goal_diff": 6}
{"name": "St. Louis Blues", "year": 2011, "wins": 49, "losses": 22, "ot_losses": 11, "win_pct": 0.598, "goals_for": 210, "goals_against": 165, "goal_diff": 45}
{"name": "Sudan", "capital": "Khartoum", "population": 35000000, "area": 1861484.0}
{"name": "Suriname", "capital": "Paramaribo", "population": 492829, "area": 163270.0}
{"name": "Svalbard and Jan Mayen", "capital": "Longyearbyen", "population": 2550, "area": 62049.0}
{"name": "Swaziland", "capital": "Mbabane", "population": 1354051, "area": 17363.0}
{"name": "Sweden", "capital": "Stockholm", "population": 9828655, "area": 449964.0}
{"name": "Switzerland", "capital": "Bern", "population": 7581000, "area": 41290.0}
{"name": "Syria", "capital": "Damascus", "population": 22198110, "area": 185180.0}
{"name": "São Tomé and Príncipe", "capital": "São Tomé", "population": 175808, "area": 1001.0}
{"name": "Taiwan", "capital": "Taipei", "population": 22894384, "area": 35980.0}
{"name": "Tajikistan", "capital": "Dushanbe", "population": 7487489, "area": 143100.0}
{"name": "Tampa Bay Lightning", "year": 1992, "wins": 23, "losses": 54, "ot_losses": null, "win_pct": 0.274, "goals_for": 245, "goals_against": 332, "goal_diff": -87}
{"name": "Tampa Bay Lightning", "year": 1993, "wins": 30, "losses": 43, "ot_losses": null, "win_pct": 0.357, "goals_for": 224, "goals_against": 251, "goal_diff": -27}
{"name": "Tampa Bay Lightning", "year": 1994, "wins": 17, "losses": 28, "ot_losses": null, "win_pct": 0.354, "goals_for": 120, "goals_against": 144, "goal_diff": -24}
{"name": "Tampa Bay Lightning", "year": 1995, "wins": 38, "losses": 32, "ot_losses": null, "win_pct": 0.463, "goals_for": 238, "goals_against": 248, "goal_diff": -10}
{"name": "Tampa Bay Lightning", "year": 1996, "wins": 32, "losses": 40, "ot_losses": null, "win_pct": 0.39, "goals_for": 217, "goals_against": 247, "goal_diff": -30}
{"name": "Tampa Bay Lightning", "year": 1997, "wins": 17, "losses": 55, "ot_losses": null, "win_pct": 0.207, "goals_for": 151, "goals_against": 269, "goal_diff": -118}
{"name": "Tampa Bay Lightning", "year": 1998, "wins": 19, "losses": 54, "ot_losses": null, "win_pct": 0.232, "goals_for": 179, "goals_against": 292, "goal_diff": -113}
{"name": "Tampa Bay Lightning", "year": 1999, "wins": 19, "losses": 47, "ot_losses": 7, "win_pct": 0.232, "goals_for": 204, "goals_against": 310, "goal_diff": -106}
{"name": "Tampa Bay Lightning", "year": 2000, "wins": 24, "losses": 47, "ot_losses": 5, "win_pct": 0.293, "goals_for": 201, "goals_against": 280, "goal_diff": -79}
{"name": "Tampa Bay Lightning", "year": 2001, "wins": 27, "losses": 40, "ot_losses": 4, "win_pct": 0.329, "goals_for": 178, "goals_against": 219, "goal_diff": -41}
{"name": "Tampa Bay Lightning", "year": 2002, "wins": 36, "losses": 25, "ot_losses": 5, "win_pct": 0.439, "goals_for": 219, "goals_against": 210, "goal_diff": 9}
{"name": "Tampa Bay Lightning", "year": 2003, "wins": 46, "losses": 22, "ot_losses": 6, "win_pct": 0.561, "goals_for": 245, "goals_against": 192, "goal_diff": 53}
{"name": "Tampa Bay Lightning", "year": 2005, "wins": 43, "losses": 33, "ot_losses": 6, "win_pct": 0.524, "goals_for": 252, "goals_against": 260, "goal_diff": -8}
{"name": "Tampa Bay Lightning", "year": 2006, "wins": 44, "losses": 33, "ot_losses": 5, "win_pct": 0.537, "goals_for": 253, "goals_against": 261, "goal_diff": -8}
{"name": "Tampa Bay Lightning", "year": 2007, "wins": 31, "losses": 42, "ot_losses": 9, "win_pct": 0.378, "goals_for": 223, "goals_against": 267, "goal_diff": -44}
{"name": "Tampa Bay Lightning", "year": 2008, "wins": 24, "losses": 40, "ot_losses": 18, "win_pct": 0.293, "goals_for": 210, "goals_against": 279, "goal_diff": -69}
{"name": "Tampa Bay Lightning", "year": 2009, "wins": 34, "losses": 36, "ot_losses": 12, "win_pct": 0.415, "goals_for": 217, "goals_against": 260, "goal_diff": -43}
{"name": "Tampa Bay Lightning", "year": 2010, "wins": 46, "losses": 25, "ot_losses": 11, "win_pct": 0.561, "goals_for": 247, "goals_against": 240, "goal_diff": 7}
{"name": "Tampa Bay Lightning", "year": 2011, "wins": 38, "losses": 36, "ot_losses": 8, "win_pct": 0.463, "goals_for": 235, "goals_against": 281, "goal_diff": -46}
{"name": "Tanzania", "capital": "Dodoma", "population": 41892895, "area": 945087.0}
{"name": "Thailand", "capital": "Bangkok", "population": 67089500, "area": 514000.0}
{"name": "Togo", "capital": "Lomé", "population": 6587239, "area": 56785.0}
{"name": "Tokelau", "capital": "None", "population": 1466, "area": 10.0}
{"name": "Tonga", "capital": "Nuku'alofa", "population": 122580, "area": 748.0}
{"name": "Toronto Maple Leafs", "year": 1990, "wins": 23, "losses": 46, "ot_losses": null, "win_pct": 0.287, "goals_for": 241, "goals_against": 318, "goal_diff": -77}
{"name": "Toronto Maple Leafs", "year": 1991, "wins": 30, "losses": 43, "ot_losses": null, "win_pct": 0.375, "goals_for": 234, "goals_against": 294, "goal_diff": -60}
{"name": "Toronto Maple Leafs", "year": 1992, "wins": 44, "losses": 29, "ot_losses": null, "win_pct": 0.524, "goals_for": 288, "goals_against": 241, "goal_diff": 47}
{"name": "Toronto Maple Leafs", "year": 1993, "wins": 43, "losses": 29, "ot_losses": null, "win_pct": 0.512, "goals_for": 280, "goals_against": 243, "goal_diff": 37}
{"name": "Toronto Maple Leafs", "year": 1994, "wins": 21, "losses": 19, "ot_losses": null, "win_pct": 0.438, "goals_for": 135, "goals_against": 146, "goal_diff": -11}
{"name": "Toronto Maple Leafs", "year": 1995, "wins": 34, "losses": 36, "ot_losses": null, "win_pct": 0.415, "goals_for": 247, "goals_against": 252, "goal_diff": -5}
{"name": "Toronto Maple Leafs", "year": 1996, "wins": 30, "losses": 44, "ot_losses": null, "win_pct": 0.366, "goals_for": 230, "goals_against": 273, "goal_diff": -43}
{"name": "Toronto Maple Leafs", "year": 1997, "wins": 30, "losses": 43, "ot_losses": null, "win_pct": 0.366, "goals_for": 194, "goals_against": 237, "goal_diff": -43}
{"name": "Toronto Maple Leafs", "year": 1998, "wins": 45, "losses": 30, "ot_losses": null, "win_pct": 0.549, "goals_for": 268, "goals_against": 231, "goal_diff": 37}
{"name": "Toronto Maple Leafs", "year": 1999, "wins": 45, "losses": 27, "ot_losses": 3, "win_pct": 0.549, "goals_for": 246, "goals_against": 222, "goal_diff": 24}
{"name": "Toronto Maple Leafs", "year": 2000, "wins": 37, "losses": 29, "ot_losses": 5, "win_pct": 0.451, "goals_for": 232, "goals_against": 207, "goal_diff": 25}
{"name": "Toronto Maple Leafs", "year": 2001, "wins": 43, "losses": 25, "ot_losses": 4, "win_pct": 0.524, "goals_for": 249, "goals_against": 207, "goal_diff": 42}
{"name": "Toronto Maple Leafs", "year": 2002, "wins": 44, "losses": 28, "ot_losses": 3, "win_pct": 0.537, "goals_for": 236, "goals_against": 208, "goal_diff": 28}
{"name": "Toronto Maple Leafs", "year": 2003, "wins": 45, "losses": 24, "ot_losses": 3, "win_pct": 0.549, "goals_for": 242, "goals_against": 204, "goal_diff": 38}
{"name": "Toronto Maple Leafs", "year": 2005, "wins": 41, "losses": 33, "ot_losses": 8, "win_pct": 0.5, "goals_for": 257, "goals_against": 270, "goal_diff": -13}
{"name": "Toronto Maple Leafs", "year": 2006, "wins": 40, "losses": 31, "ot_losses": 11, "win_pct": 0.488, "goals_for": 258, "goals_against": 269, "goal_diff": -11}
{"name": "Toronto Maple Leafs", "year": 2007, "wins": 36, "losses": 35, "ot_losses": 11, "win_pct": 0.439, "goals_for": 231, "goals_against": 260, "goal_diff": -29}
{"name": "Toronto Maple Leafs", "year": 2008, "wins": 34, "losses": 35, "ot_losses": 13, "win_pct": 0.415, "goals_for": 250, "goals_against": 293, "goal_diff": -43}
{"name": "Toronto Maple Leafs", "year": 2009, "wins": 30, "losses": 38, "ot_losses": 14, "win_pct": 0.366, "goals_for": 214, "goals_against": 267, "goal_diff": -53}
{"name": "Toronto Maple Leafs", "year": 2010, "wins": 37, "losses": 34, "ot_losses": 11, "win_pct": 0.451, "goals_for": 218, "goals_against": 251, "goal_diff": -33}
{"name": "Toronto Maple Leafs", "year": 2011, "wins": 35, "losses": 37, "ot_losses": 10, "win_pct": 0.427, "goals_for": 231, "goals_against": 264, "goal_diff": -33}
{"name": "Trinidad and Tobago", "capital": "Port of Spain", "population": 1228691, "area": 5128.0}
{"name": "Tunisia", "capital": "Tunis", "population": 10589025, "area": 163610.0}
{"name": "Turkey", "capital": "Ankara", "population": 77804122, "area": 780580.0}
{"name": "Turkmenistan", "capital": "Ashgabat", "population": 4940916, "area": 488100.0}
{"name": "Turks and Caicos Islands", "capital": "Cockburn Town", "population": 20556, "area": 430.0}
{"name": "Tuvalu", "capital": "Funafuti", "population": 10472, "area": 26.0}
{"name": "U.S. Minor Outlying Islands", "capital": "None", "population": 0, "area": 0.0}
{"name": "U.S. Virgin Islands", "capital": "Charlotte Amalie", "population": 108708, "area": 352.0}
{"name": "Uganda", "capital": "Kampala", "population": 33398682, "area": 236040.0}
{"name": "Ukraine", "capital": "Kiev", "population": 45415596, "area": 603700.0}
{"name": "United Arab Emirates", "capital": "Abu Dhabi", "population": 4975593, "area": 82880.0}
{"name": "United Kingdom", "capital": "London", "population": 62348447, "area": 244820.0}
{"name": "United States", "capital": "Washington", "population": 310232863, "area": 9629091.0}
{"name": "Uruguay", "capital": "Montevideo", "population": 3477000, "area": 176220.0}
{"name": "Uzbekistan", "capital": "Tashkent", "population": 27865738, "area": 447400.0}
{"name": "Vancouver Canucks", "year": 1990, "wins": 28, "losses": 43, "ot_losses": null, "win_pct": 0.35, "goals_for": 243, "goals_against": 315, "goal_diff": -72}
{"name": "Vancouver Canucks", "year": 1991, "wins": 42, "losses": 26, "ot_losses": null, "win_pct": 0.525, "goals_for": 285, "goals_against": 250, "goal_diff": 35}
{"name": "Vancouver Canucks", "year": 1992, "wins": 46, "losses": 29, "ot_losses": null, "win_pct": 0.548, "goals_for": 346, "goals_against": 278, "goal_diff": 68}
{"name": "Vancouver Canucks", "year": 1993, "wins": 41, "losses": 40, "ot_losses": null, "win_pct": 0.488, "goals_for": 279, "goals_against": 276, "goal_diff": 3}
{"name": "Vancouver Canucks", "year": 1994, "wins": 18, "losses": 18, "ot_losses": null, "win_pct": 0.375, "goals_for": 153, "goals_against": 148, "goal_diff": 5}
{"name": "Vancouver Canucks", "year": 1995, "wins": 32, "losses": 35, "ot_losses": null, "win_pct": 0.39, "goals_for": 278, "goals_against": 278, "goal_diff": 0}
{"name": "Vancouver Canucks", "year": 1996, "wins": 35, "losses": 40, "ot_losses": null, "win_pct": 0.427, "goals_for": 257, "goals_against": 273, "goal_diff": -16}
{"name": "Vancouver Canucks", "year": 1997, "wins": 25, "losses": 43, "ot_losses": null, "win_pct": 0.305, "goals_for": 224, "goals_against": 273, "goal_diff": -49}
{"name": "Vancouver Canucks", "year": 1998, "wins": 23, "losses": 47, "ot_losses": null, "win_pct": 0.28, "goals_for": 192, "goals_against": 258, "goal_diff": -66}
{"name": "Vancouver Canucks", "year": 1999, "wins": 30, "losses": 29, "ot_losses": 8, "win_pct": 0.366, "goals_for": 227, "goals_against": 237, "goal_diff": -10}
{"name": "Vancouver Canucks", "year": 2000, "wins": 36, "losses": 28, "ot_losses": 7, "win_pct": 0.439, "goals_for": 239, "goals_against": 238, "goal_diff": 1}
{"name": "Vancouver Canucks", "year": 2001, "wins": 42, "losses": 30, "ot_losses": 3, "win_pct": 0.512, "goals_for": 254, "goals_against": 211, "goal_diff": 43}
{"name": "Vancouver Canucks", "year": 2002, "wins": 45, "losses": 23, "ot_losses": 1, "win_pct": 0.549, "goals_for": 264, "goals_against": 208, "goal_diff": 56}
{"name": "Vancouver Canucks", "year": 2003, "wins": 43, "losses": 24, "ot_losses": 5, "win_pct": 0.524, "goals_for": 235, "goals_against": 194, "goal_diff": 41}
{"name": "Vancouver Canucks", "year": 2005, "wins": 42, "losses": 32, "ot_losses": 8, "win_pct": 0.512, "goals_for": 256, "goals_against": 255, "goal_diff": 1}
{"name": "Vancouver Canucks", "year": 2006, "wins": 49, "losses": 26, "ot_losses": 7, "win_pct": 0.598, "goals_for": 222, "goals_against": 201, "goal_diff": 21}
{"name": "Vancouver Canucks", "year": 2007, "wins": 39, "losses": 33, "ot_losses": 10, "win_pct": 0.476, "goals_for": 213, "goals_against": 215, "goal_diff": -2}
{"name": "Vancouver Canucks", "year": 2008, "wins": 45, "losses": 27, "ot_losses": 10, "win_pct": 0.549, "goals_for": 246, "goals_against": 220, "goal_diff": 26}
{"name": "Vancouver Canucks", "year": 2009, "wins": 49, "losses": 28, "ot_losses": 5, "win_pct": 0.598, "goals_for": 272, "goals_against": 222, "goal_diff": 50}
{"name": "Vancouver Canucks", "year": 2010, "wins": 54, "losses": 19, "ot_losses": 9, "win_pct": 0.659, "goals_for": 262, "goals_against": 185, "goal_diff": 77}
{"name": "Vancouver Canucks", "year": 2011, "wins": 51, "losses": 22, "ot_losses": 9, "win_pct": 0.622, "goals_for": 249, "goals_against": 198, "goal_diff": 51}
{"name": "Vanuatu", "capital": "Port Vila", "population": 221552, "area": 12200.0}
{"name": "Vatican City", "capital": "Vatican City", "population": 921, "area": 0.44}
{"name": "Venezuela", "capital": "Caracas", "population": 27223228, "area": 912050.0}
{"name": "Vietnam", "capital": "Hanoi", "population": 89571130, "area": 329560.0}
{"name": "Wallis and Futuna", "capital": "Mata-Utu", "population": 16025, "area": 274.0}
{"name": "Washington Capitals", "year": 1990, "wins": 37, "losses": 36, "ot_losses": null, "win_pct": 0.463, "goals_for": 258, "goals_against": 258, "goal_diff": 0}
{"name": "Washington Capitals", "year": 1991, "wins": 45, "losses": 27, "ot_losses": null, "win_pct": 0.562, "goals_for": 330, "goals_against": 275, "goal_diff": 55}
{"name": "Washington Capitals", "year": 1992, "wins": 43, "losses": 34, "ot_losses": null, "win_pct": 0.512, "goals_for": 325, "goals_against": 286, "goal_diff": 39}
{"name": "Washington Capitals", "year": 1993, "wins": 39, "losses": 35, "ot_losses": null, "win_pct": 0.464, "goals_for": 277, "goals_against": 263, "goal_diff": 14}
{"name": "Washington Capitals", "year": 1994, "wins": 22, "losses": 18, "ot_losses": null, "win_pct": 0.458, "goals_for": 136, "goals_against": 120, "goal_diff": 16}
{"name": "Washington Capitals", "year": 1995, "wins": 39, "losses": 32, "ot_losses": null, "win_pct": 0.476, "goals_for": 234, "goals_against": 204, "goal_diff": 30}
{"name": "Washington Capitals", "year": 1996, "wins": 33, "losses": 40, "ot_losses": null, "win_pct": 0.402, "goals_for": 214, "goals_against": 231, "goal_diff": -17}
{"name": "Washington Capitals", "year": 1997, "wins": 40, "losses": 30, "ot_losses": null, "win_pct": 0.488, "goals_for": 219, "goals_against": 202, "goal_diff": 17}
{"name": "Washington Capitals", "year": 1998, "wins": 31, "losses": 45, "ot_losses": null, "win_pct": 0.378, "goals_for": 200, "goals_against": 218, "goal_diff": -18}
{"name": "Washington Capitals", "year": 1999, "wins": 44, "losses": 24, "ot_losses": 2, "win_pct": 0.537, "goals_for": 227, "goals_against": 194, "goal_diff": 33}
{"name": "Washington Capitals", "year": 2000, "wins": 41, "losses": 27, "ot_losses": 4, "win_pct": 0.5, "goals_for": 233, "goals_against": 211, "goal_diff": 22}
{"name": "Washington Capitals", "year": 2001, "wins": 36, "losses": 33, "ot_losses": 2, "win_pct": 0.439, "goals_for": 228, "goals_against": 240, "goal_diff": -12}
{"name": "Washington Capitals", "year": 2002, "wins": 39, "losses": 29, "ot_losses": 6, "win_pct": 0.476, "goals_for": 224, "goals_against": 220, "goal_diff": 4}
{"name": "Washington Capitals", "year": 2003, "wins": 23, "losses": 46, "ot_losses": 3, "win_pct": 0.28, "goals_for": 186, "goals_against": 253, "goal_diff": -67}
{"name": "Washington Capitals", "year": 2005, "wins": 29, "losses": 41, "ot_losses": 12, "win_pct": 0.354, "goals_for": 237, "goals_against": 306, "goal_diff": -69}
{"name": "Washington Capitals", "year": 2006, "wins": 28, "losses": 40, "ot_losses": 14, "win_pct": 0.341, "goals_for": 235, "goals_against": 286, "goal_diff": -51}
{"name": "Washington Capitals", "year": 2007, "wins": 43, "losses": 31, "ot_losses": 8, "win_pct": 0.524, "goals_for": 242, "goals_against": 231, "goal_diff": 11}
{"name": "Washington Capitals", "year": 2008, "wins": 50, "losses": 24, "ot_losses": 8, "win_pct": 0.61, "goals_for": 272, "goals_against": 245, "goal_diff": 27}
{"name": "Washington Capitals", "year": 2009, "wins": 54, "losses": 15, "ot_losses": 13, "win_pct": 0.659, "goals_for": 318, "goals_against": 233, "goal_diff": 85}
{"name": "Washington Capitals", "year": 2010, "wins": 48, "losses": 23, "ot_losses": 11, "win_pct": 0.585, "goals_for": 224, "goals_against": 197, "goal_diff": 27}
{"name": "Washington Capitals", "year": 2011, "wins": 42, "losses": 32, "ot_losses": 8, "win_pct": 0.512, "goals_for": 222, "goals_against": 230, "goal_diff": -8}
{"name": "Western Sahara", "capital": "Laâyoune / El Aaiún", "population": 273008, "area": 266000.0}
{"name": "Winnipeg Jets", "year": 1990, "wins": 26, "losses": 43, "ot_losses": null, "win_pct": 0.325, "goals_for": 260, "goals_against": 288, "goal_diff": -28}
{"name": "Winnipeg Jets", "year": 1991, "wins": 33, "losses": 32, "ot_losses": null, "win_pct": 0.412, "goals_for": 251, "goals_against": 244, "goal_diff": 7}
{"name": "Winnipeg Jets", "year": 1992, "wins": 40, "losses": 37, "ot_losses": null, "win_pct": 0.476, "goals_for": 322, "goals_against": 320, "goal_diff": 2}
{"name": "Winnipeg Jets", "year": 1993, "wins": 24, "losses": 51, "ot_losses": null, "win_pct": 0.286, "goals_for": 245, "goals_against": 344, "goal_diff": -99}
{"name": "Winnipeg Jets", "year": 1994, "wins": 16, "losses": 25, "ot_losses": null, "win_pct": 0.333, "goals_for": 157, "goals_against": 177, "goal_diff": -20}
{"name": "Winnipeg Jets", "year": 1995, "wins": 36, "losses": 40, "ot_losses": null, "win_pct": 0.439, "goals_for": 275, "goals_against": 291, "goal_diff": -16}
{"name": "Winnipeg Jets", "year": 2011, "wins": 37, "losses": 35, "ot_losses": 10, "win_pct": 0.451, "goals_for": 225, "goals_against": 246, "goal_diff": -21}
{"name": "Yemen", "capital": "Sanaa", "population": 23495361, "area": 527970.0}
{"name": "Zambia", "capital": "Lusaka", "population": 13460305, "area": 752614.0}
{"name": "Zimbabwe", "capital": "Harare", "population": 11651858, "area": 390580.0}
{"name": "Åland", "capital": "Mariehamn", "population": 26711, "area": 1580.0}
{"title": "12 Years a Slave", "year": 2013, "awards": 3, "nominations": 9, "best_picture": true}
{"title": "American Sniper", "year": 2014, "awards": 1, "nominations": 6, "best_picture": false}
{"title": "Argo", "year": 2012, "awards": 3, "nominations": 7, "best_picture": true}
{"title": "Birdman", "year": 2014, "awards": 4, "nominations": 9, "best_picture": true}
{"title": "Black Swan", "year": 2010, "awards": 1, "nominations": 5, "best_picture": false}
{"title": "Boyhood", "year": 2014, "awards": 1, "nominations": 6, "best_picture": false}
{"title": "Bridge of Spies", "year": 2015, "awards": 1, "nominations": 6, "best_picture": false}
{"title": "Dallas Buyers Club", "year": 2013, "awards": 3, "nominations": 6, "best_picture": false}
{"title": "Django Unchained", "year": 2012, "awards": 2, "nominations": 5, "best_picture": false}
{"title": "Gravity", "year": 2013, "awards": 7, "nominations": 10, "best_picture": false}
{"title": "Her", "year": 2013, "awards": 1, "nominations": 5, "best_picture": false}
{"title": "Hugo", "year": 2011, "awards": 5, "nominations": 11, "best_picture": false}
{"title": "Inception", "year": 2010, "awards": 4, "nominations": 8, "best_picture": false}
{"title": "Interstellar", "year": 2014, "awards": 1, "nominations": 5, "best_picture": false}
{"title": "Les Misérables", "year": 2012, "awards": 3, "nominations": 8, "best_picture": false}
{"title": "Life of Pi", "year": 2012, "awards": 4, "nominations": 11, "best_picture": false}
{"title": "Lincoln", "year": 2012, "awards": 2, "nominations": 12, "best_picture": false}
{"title": "Mad Max: Fury Road", "year": 2015, "awards": 6, "nominations": 10, "best_picture": false}
{"title": "Silver Linings Playbook", "year": 2012, "awards": 1, "nominations": 8, "best_picture": false}
{"title": "Skyfall", "year": 2012, "awards": 2, "nominations": 5, "best_picture": false}
{"title": "Spotlight", "year": 2015, "awards": 2, "nominations": 6, "best_picture": true}
{"title": "The Artist", "year": 2011, "awards": 5, "nominations": 10, "best_picture": true}
{"title": "The Fighter", "year": 2010, "awards": 2, "nominations": 7, "best_picture": false}
{"title": "The Grand Budapest Hotel", "year": 2014, "awards": 4, "nominations": 9, "best_picture": false}
{"title": "The Imitation Game", "year": 2014, "awards": 1, "nominations": 8, "best_picture": false}
{"title": "The King's Speech", "year": 2010, "awards": 4, "nominations": 12, "best_picture": true}
{"title": "The Revenant", "year": 2015, "awards": 3, "nominations": 12, "best_picture": false}
{"title": "The Social Network", "year": 2010, "awards": 3, "nominations": 8, "best_picture": false}
{"title": "Toy Story 3", "year": 2010, "awards": 2, "nominations": 5, "best_picture": false}
{"title": "Whiplash", "year": 2014, "awards": 3, "nominations": 5, "best_picture": false}
{"title": "Zero Dark Thirty", "year": 2012, "awards": 1, "nominations": 5, "best_picture": false}

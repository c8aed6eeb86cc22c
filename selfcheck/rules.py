"""The self-check's fixed rules: languages, answer values, bands and thresholds, in one place.

Every text (labels, statements, advice) lives in bank.json. The ids and numbers that scoring depends on live here,
so that the bank validator and the scorer read the very same facts.
"""

LANGUAGES = ("fr", "en")

# Answer values, as they come from the page, storage, files and links.
SCALE_MIN = 1
SCALE_MAX = 5
DONT_KNOW = "dk"
YES = "yes"
NO = "no"

# Bands, decided from the displayed score counted in tenths (4.0 -> 40), highest first. These are the Wilder
# inventory's bands: 4.0-5.0 a strength, 3.0-3.9 to watch, 1.0-2.9 a priority.
BAND_FLOORS = (("strength", 40), ("watch", 30), ("priority", 10))
INSUFFICIENT = "insufficient"
BANDS = tuple(name for name, _ in BAND_FLOORS) + (INSUFFICIENT,)
# Bands whose activities are listed as priorities, lowest mean first.
NEEDS_ATTENTION = ("priority", "watch")

# An activity is scored only when at least half of its statements are counted (2 x counted >= statements).
# The overall score needs this many scored activities.
MIN_SCORED_ACTIVITIES = 3
# A bank whose activity has fewer statements than this is rejected: half of two answers says too little.
MIN_STATEMENTS_PER_ACTIVITY = 3

# Himmelman's continuum: networking, coordinating, cooperating, collaborating.
CONTINUUM_LEVELS = 4

# Group results: the views of a group differ on an activity when its highest and lowest respondent means are at
# least this far apart on the scale; this many statements, those with the widest spread of answers, are discussed
# first.
VIEWS_DIFFER = 2
DISCUSS_COUNT = 5
# With fewer respondents than this, a group's results tell who answered what: the page says so.
GROUP_IDENTIFIES_BELOW = 3

import TrackerCore
print("tracker")

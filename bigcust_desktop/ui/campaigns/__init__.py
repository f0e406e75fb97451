"""Campaigns (营销活动) on screen: a regional manager plans campaigns, rounds and assignments; an
account manager logs his campaign tasks; the response by round and channel; the contact-fatigue
warning where contacts are logged or planned.
"""

"""inbox → worker → sender: the guarantees between a webhook and a reply.

inbox   stores every event of concurrent webhooks in one transaction (group commit), then acks
worker  leases one person at a time, answers their messages in order, stores replies atomically
sender  delivers stored replies in order per person, rate-limited, retrying with backoff
"""

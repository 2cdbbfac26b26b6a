"""selfcare: a self-care health assistant on WhatsApp."""

"""The editors' coding workspace: passage coding services, anchoring on edits, admin views."""

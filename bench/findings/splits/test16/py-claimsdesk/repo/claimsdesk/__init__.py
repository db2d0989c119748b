"""Claims desk: policyholders file insurance claims, adjusters review, settle and pay them."""

require_relative "app"

# Puma runs this with `threads 4, 16`: requests share the process's module state.
run InvoiceApp

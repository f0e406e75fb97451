"""Activities (接触记录): the list of contacts with customers and the log-a-contact dialog."""

// Mounts Stripe's Payment Element for the order's PaymentIntent and confirms it. The order is marked
// paid by the payment_intent.succeeded webhook, not by this page.
(function () {
  var form = document.getElementById('stripe-payment');
  if (!form || typeof Stripe === 'undefined') { return; }
  var stripe = Stripe(form.dataset.publishableKey, { locale: form.dataset.lang || 'auto' });
  var elements = stripe.elements({ clientSecret: form.dataset.clientSecret });
  elements.create('payment').mount('#payment-element');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    document.getElementById('pay-button').disabled = true;
    stripe.confirmPayment({
      elements: elements,
      confirmParams: { return_url: new URL(form.dataset.returnUrl, window.location.href).toString() }
    }).then(function (result) {
      if (result.error) {
        document.getElementById('payment-error').textContent = result.error.message;
        document.getElementById('pay-button').disabled = false;
      }
    });
  });
})();

/* Drupal core behaviors (stub) */
window.Drupal = window.Drupal || {behaviors:{}};

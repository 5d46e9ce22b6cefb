/* Joomla core.js (local copy) */
var Joomla = window.Joomla || {};

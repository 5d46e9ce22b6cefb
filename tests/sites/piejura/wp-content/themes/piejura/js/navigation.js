( function() {
  var btn = document.querySelector( '.menu-toggle' );
  if ( ! btn ) { return; }
  btn.addEventListener( 'click', function() {
    var nav = document.getElementById( 'site-navigation' );
    nav.classList.toggle( 'toggled' );
    btn.setAttribute( 'aria-expanded', nav.classList.contains( 'toggled' ) ? 'true' : 'false' );
  } );
  document.querySelectorAll( '.wthf-btn' ).forEach( function( b ) {
    b.addEventListener( 'click', function() {
      var box = b.closest( '.wthf-feedback' );
      box.querySelector( '.wthf-thanks' ).hidden = false;
    } );
  } );
}() );

/**
 * QuillCRM Bounce Handling settings page: the webhook URL's Copy button.
 */
( function () {
	'use strict';

	function copyFallback( input ) {
		input.focus();
		input.select();
		try {
			return document.execCommand( 'copy' );
		} catch ( e ) {
			return false;
		}
	}

	document.addEventListener( 'click', function ( event ) {
		var button = event.target.closest( '[data-quillcrm-copy]' );
		if ( ! button ) {
			return;
		}
		var input = document.getElementById( button.getAttribute( 'data-quillcrm-copy' ) );
		var status = document.getElementById( button.getAttribute( 'data-quillcrm-copy-status' ) );
		if ( ! input ) {
			return;
		}
		function report( ok ) {
			if ( status ) {
				status.textContent = ok ? button.getAttribute( 'data-copied' ) : button.getAttribute( 'data-copy-failed' );
			}
		}
		if ( navigator.clipboard && window.isSecureContext ) {
			navigator.clipboard.writeText( input.value ).then(
				function () {
					report( true );
				},
				function () {
					report( copyFallback( input ) );
				}
			);
		} else {
			report( copyFallback( input ) );
		}
	} );
} )();

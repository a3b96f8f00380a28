<?php
/**
 * QuillCRM Bounce Handling: database error drop-in.
 *
 * quillcrm-bounce-drop-in-version: 1
 *
 * Installed as wp-content/db-error.php by the QuillCRM Bounce Handling
 * plugin (and removed on deactivation), only when the site had no
 * db-error.php of its own. WordPress includes this file instead of its own
 * "Error establishing a database connection" page when the database cannot
 * be reached, including while WordPress boots, before any plugin is loaded.
 * So it must be self-contained.
 *
 * - A webhook request of the plugin gets 503 with a JSON body
 *   {"outcome":"retry","error":"database_unavailable","detail":...}:
 *   Amazon SNS retries the delivery later; nothing was changed.
 * - Any other request gets WordPress's usual short message, answered 503
 *   (Service Unavailable, with Retry-After) instead of 500.
 *
 * @package QuillCRM\Bounce
 */

defined( 'ABSPATH' ) || exit;

// phpcs:disable WordPress.Security.NonceVerification.Recommended, WordPress.Security.ValidatedSanitizedInput -- read-only request inspection.
$quillcrm_bounce_is_webhook = ( isset( $_GET['quillcrm_webhook'] ) && 'bounce' === $_GET['quillcrm_webhook'] )
	|| ( isset( $_GET['rest_route'] ) && is_string( $_GET['rest_route'] ) && 0 === strpos( $_GET['rest_route'], '/qc/v1/webhooks/bounce/' ) )
	|| ( isset( $_SERVER['REQUEST_URI'] ) && false !== strpos( (string) parse_url( (string) $_SERVER['REQUEST_URI'], PHP_URL_PATH ), '/qc/v1/webhooks/bounce/' ) );
// phpcs:enable

if ( ! headers_sent() ) {
	http_response_code( 503 );
	header( 'Retry-After: 60' );
	header( 'Cache-Control: no-store' );
	header( $quillcrm_bounce_is_webhook ? 'Content-Type: application/json; charset=utf-8' : 'Content-Type: text/html; charset=utf-8' );
}

if ( $quillcrm_bounce_is_webhook ) {
	// phpcs:ignore QuillCRM.Security.EscapedOutput.OutputNotEscaped -- a fixed JSON answer (application/json), not HTML.
	echo json_encode(
		array(
			'outcome' => 'retry',
			'error'   => 'database_unavailable',
			'detail'  => 'The site database is unavailable; nothing was changed and Amazon SNS will retry this delivery.',
		)
	);
	return;
}

$quillcrm_bounce_title = function_exists( '__' ) ? __( 'Error establishing a database connection' ) : 'Error establishing a database connection';
?>
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title><?php echo htmlspecialchars( $quillcrm_bounce_title, ENT_QUOTES, 'UTF-8' ); ?></title>
</head>
<body>
<h1><?php echo htmlspecialchars( $quillcrm_bounce_title, ENT_QUOTES, 'UTF-8' ); ?></h1>
</body>
</html>

<?php
/**
 * The plain-PHP fallback of the quillcrm_sns extension: the same
 * quillcrm_sns_handle(), quillcrm_sns_info() and quillcrm_sns_is_topic_arn(),
 * defined only when the extension is not loaded and PHP's openssl and curl
 * extensions are (as WordPress's
 * sodium_compat stands in for the sodium extension). The same rules in the
 * same order; the PHPUnit suite and a differential check over the fuzz
 * corpora hold the two to each other. The contract is
 * php/stubs/quillcrm_sns.stub.php.
 *
 * The classes load without WordPress and without side effects, so the
 * differential check can call them beside the extension.
 *
 * @package QuillCRM\Sns\Polyfill
 */

require_once __DIR__ . '/class-text.php';
require_once __DIR__ . '/class-failure.php';
require_once __DIR__ . '/class-base64.php';
require_once __DIR__ . '/class-json-error.php';
require_once __DIR__ . '/class-strict-json.php';
require_once __DIR__ . '/class-envelope.php';
require_once __DIR__ . '/class-aws-names.php';
require_once __DIR__ . '/class-der.php';
require_once __DIR__ . '/class-signing-key.php';
require_once __DIR__ . '/class-https-client.php';
require_once __DIR__ . '/class-certificate-cache.php';
require_once __DIR__ . '/class-ses.php';
require_once __DIR__ . '/class-request-reader.php';
require_once __DIR__ . '/class-handler.php';

if ( ! extension_loaded( 'quillcrm_sns' ) && ! function_exists( 'quillcrm_sns_handle' ) && array() === \QuillCRM\Sns\Polyfill\Handler::missing_php_extensions() ) {
	/**
	 * See php/stubs/quillcrm_sns.stub.php.
	 *
	 * @param string               $body    The raw request body.
	 * @param array<string, mixed> $request The request and the site's settings.
	 * @return array<string, mixed>
	 */
	function quillcrm_sns_handle( $body, $request = array() ): array {
		\QuillCRM\Sns\Polyfill\RequestReader::check_argument_count( __FUNCTION__, func_num_args(), 2, 'at most 2 arguments' );
		return \QuillCRM\Sns\Polyfill\Handler::get()->handle( $body, $request );
	}

	/**
	 * See php/stubs/quillcrm_sns.stub.php.
	 *
	 * @return array<string, mixed>
	 */
	function quillcrm_sns_info(): array {
		\QuillCRM\Sns\Polyfill\RequestReader::check_argument_count( __FUNCTION__, func_num_args(), 0, 'exactly 0 arguments' );
		return \QuillCRM\Sns\Polyfill\Handler::get()->info();
	}

	/**
	 * See php/stubs/quillcrm_sns.stub.php.
	 *
	 * @param string $arn The candidate.
	 */
	function quillcrm_sns_is_topic_arn( $arn ): bool {
		\QuillCRM\Sns\Polyfill\RequestReader::check_argument_count( __FUNCTION__, func_num_args(), 1, 'exactly 1 argument' );
		return \QuillCRM\Sns\Polyfill\Handler::is_topic_arn( $arn );
	}
}

<?php
/**
 * Measurements 1 and 2, warm: one signed SES bounce verified in a loop.
 *
 *   php <extension flags> micro.php ext      <sig version> <calls>   quillcrm_sns_handle()
 *   php <trust flags>     micro.php polyfill <sig version> <calls>   the plugin's plain-PHP fallback
 *                         (-d quillcrm_sns.test_ca_file and test_resolve: its test-only
 *                         trust, to fetch from the stand-in)
 *   php                   micro.php plain    <sig version> <calls>   the plain-PHP verifier
 *   php                   micro.php split <sig version> <calls>   the plain verifier's parts
 *
 * Prints one JSON line. Times are per call, in microseconds, CPU (user +
 * system, comparable with `openssl speed`) and wall (hrtime).
 */

declare(strict_types=1);

namespace QuillCRM\Bench;

require __DIR__ . '/lib.php';
require __DIR__ . '/plain-verifier.php';

[ , $mode, $sv, $calls ] = $argv + array( null, '', '1', '20000' );
$calls   = (int) $calls;
$msg     = signed_bounce( $sv );
$body    = $msg['body'];
$request = request( $msg['now'] );
$cert    = REPO . '/tests/fixtures/pki/signing.pem';

/** Runs $fn $n times; returns [cpu µs, wall µs] per call. */
function timed( int $n, callable $fn ): array {
	$c0 = cpu();
	$w0 = hrtime( true );
	for ( $i = 0; $i < $n; $i++ ) {
		$fn();
	}
	$w1 = hrtime( true );
	$c1 = cpu();
	return array( ( $c1 - $c0 ) * 1e6 / $n, ( $w1 - $w0 ) / 1e3 / $n );
}

/**
 * Runs quillcrm_sns_handle() $n times inline (a closure call per iteration,
 * as in timed(), would be counted as part of the call: ~0.2 µs), counting
 * answers other than 200 in $bad; returns [cpu µs, wall µs] per call.
 */
function timed_handle( int $n, string $body, array $request, int &$bad ): array {
	$c0 = cpu();
	$w0 = hrtime( true );
	for ( $i = 0; $i < $n; $i++ ) {
		$r    = quillcrm_sns_handle( $body, $request );
		$bad += 200 === $r['status'] ? 0 : 1;
	}
	$w1 = hrtime( true );
	$c1 = cpu();
	return array( ( $c1 - $c0 ) * 1e6 / $n, ( $w1 - $w0 ) / 1e3 / $n );
}

switch ( $mode ) {
	case 'ext':
		if ( ! function_exists( 'quillcrm_sns_handle' ) ) {
			fail( 'the quillcrm_sns extension is not loaded' );
		}
		$first = quillcrm_sns_handle( $body, $request );
		if ( 200 !== $first['status'] || 'bounce' !== $first['outcome'] ) {
			fail( 'first call: ' . json_encode( $first ) );
		}
		$sources = array();
		$bad     = 0;
		// Warm-up, and proof that the loop hits the memory cache.
		for ( $i = 0; $i < 200; $i++ ) {
			$r = quillcrm_sns_handle( $body, $request );
			$sources[ $r['certificate_source'] ] = ( $sources[ $r['certificate_source'] ] ?? 0 ) + 1;
			$bad += 200 === $r['status'] ? 0 : 1;
		}
		[ $cpu_us, $wall_us ] = timed_handle( $calls, $body, $request, $bad );
		if ( $bad > 0 || array_keys( $sources ) !== array( 'memory' ) ) {
			fail( "ext loop: $bad failed calls, sources " . json_encode( $sources ) );
		}
		emit( array( 'mode' => 'ext', 'sv' => $sv, 'calls' => $calls, 'cpu_us' => $cpu_us, 'wall_us' => $wall_us, 'first_source' => $first['certificate_source'], 'loop_sources' => $sources, 'body_bytes' => strlen( $body ) ) );
		break;

	case 'polyfill':
		if ( extension_loaded( 'quillcrm_sns' ) ) {
			fail( 'run the fallback in a PHP without the extension' );
		}
		require REPO . '/php/polyfill/quillcrm-sns.php';
		$first = quillcrm_sns_handle( $body, $request );
		if ( 200 !== $first['status'] || 'bounce' !== $first['outcome'] ) {
			fail( 'first call: ' . json_encode( $first ) );
		}
		$bad = 0;
		for ( $i = 0; $i < 50; $i++ ) {
			$r    = quillcrm_sns_handle( $body, $request );
			$bad += ( 200 === $r['status'] && 'memory' === $r['certificate_source'] ) ? 0 : 1;
		}
		[ $cpu_us, $wall_us ] = timed_handle( $calls, $body, $request, $bad );
		if ( $bad > 0 ) {
			fail( "polyfill loop: $bad failed calls" );
		}
		emit( array( 'mode' => 'polyfill', 'sv' => $sv, 'calls' => $calls, 'cpu_us' => $cpu_us, 'wall_us' => $wall_us, 'first_source' => $first['certificate_source'] ) );
		break;

	case 'plain':
		$verifier = new PlainVerifier( $cert );
		$r        = $verifier->handle( $body, $msg['now'] );
		if ( 200 !== $r['status'] || 'hard' !== ( $r['recipients'][0]['class'] ?? '' ) ) {
			fail( 'plain verifier: ' . json_encode( $r ) );
		}
		[ $cpu_us, $wall_us ] = timed( $calls, static fn() => $verifier->handle( $body, $msg['now'] ) );
		emit( array( 'mode' => 'plain', 'sv' => $sv, 'calls' => $calls, 'cpu_us' => $cpu_us, 'wall_us' => $wall_us ) );
		break;

	case 'split':
		// The plain verifier's cost, part by part.
		$algo   = '2' === $sv ? OPENSSL_ALGO_SHA256 : OPENSSL_ALGO_SHA1;
		$parsed = json_decode( $body, true );
		$sts    = PlainVerifier::string_to_sign( $parsed );
		$sig    = base64_decode( $parsed['Signature'], true );
		$key    = openssl_pkey_get_public( (string) file_get_contents( $cert ) );
		$parts  = array(
			'json_sts_classify' => static function () use ( $body ) {
				$m = json_decode( $body, true );
				PlainVerifier::string_to_sign( $m );
				base64_decode( $m['Signature'], true );
				PlainVerifier::classify( $m['Message'] );
			},
			'read_pem'          => static fn() => file_get_contents( $cert ),
			'pkey_get_public'   => static fn() => openssl_pkey_get_public( (string) file_get_contents( $cert ) ),
			'openssl_verify'    => static fn() => openssl_verify( $sts, $sig, $key, $algo ),
		);
		$out = array( 'mode' => 'split', 'sv' => $sv, 'calls' => $calls );
		foreach ( $parts as $name => $fn ) {
			[ $cpu_us, $wall_us ] = timed( $calls, $fn );
			$out[ $name ] = array( 'cpu_us' => $cpu_us, 'wall_us' => $wall_us );
		}
		$out['pkey_get_public']['cpu_us']  -= $out['read_pem']['cpu_us'];
		$out['pkey_get_public']['wall_us'] -= $out['read_pem']['wall_us'];
		emit( $out );
		break;

	default:
		fail( "usage: micro.php ext|polyfill|plain|split <1|2> <calls>" );
}

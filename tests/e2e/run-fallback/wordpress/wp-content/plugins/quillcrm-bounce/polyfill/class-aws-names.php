<?php
/**
 * The names and URLs the rules bind to: topic ARNs and regions, the SNS
 * host of a region, which SigningCertURLs and SubscribeURLs are acceptable,
 * the SubscriptionArn of a confirmation answer. Mirrors src/topic_arn.rs,
 * src/certificate_url.rs and src/confirm.rs.
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * Exact matching, byte for byte; no general URL parser.
 */
final class AwsNames {

	/**
	 * The region of a topic ARN `arn:<aws|aws-cn|aws-us-gov>:sns:<region>:<12 digits>:<name>`,
	 * or null when it is not one.
	 *
	 * @param string $arn Candidate (valid UTF-8).
	 */
	public static function topic_region( string $arn ): ?string {
		$parts = explode( ':', $arn );
		if ( 6 !== count( $parts ) ) {
			return null;
		}
		list( $arn_word, $partition, $service, $region, $account, $name ) = $parts;
		if ( 'arn' !== $arn_word || 'sns' !== $service || ! in_array( $partition, array( 'aws', 'aws-cn', 'aws-us-gov' ), true ) || ! self::is_region( $region ) ) {
			return null;
		}
		// China regions live only in the aws-cn partition, and vice versa.
		if ( ( 'aws-cn' === $partition ) !== str_starts_with( $region, 'cn-' ) ) {
			return null;
		}
		if ( 1 !== preg_match( '/^[0-9]{12}$/D', $account ) ) {
			return null;
		}
		$base = str_ends_with( $name, '.fifo' ) ? substr( $name, 0, -5 ) : $name;
		return 1 === preg_match( '/^[A-Za-z0-9_-]{1,256}$/D', $base ) ? $region : null;
	}

	/**
	 * An AWS region name: lower-case words joined by `-`, at least two,
	 * ending in a number of one or two digits, 32 characters at most.
	 *
	 * @param string $text Candidate.
	 */
	public static function is_region( string $text ): bool {
		return strlen( $text ) <= 32 && 1 === preg_match( '/^[a-z]+(?:-[a-z]+)+-[0-9]{1,2}$/D', $text );
	}

	/** `sns.<region>.amazonaws.com`, or `.amazonaws.com.cn` in China. */
	public static function sns_host( string $region ): string {
		return str_starts_with( $region, 'cn-' ) ? "sns.{$region}.amazonaws.com.cn" : "sns.{$region}.amazonaws.com";
	}

	/**
	 * The region of an SNS host, China regions only under `.cn`; null when
	 * it is not one.
	 *
	 * @param string $host Candidate.
	 */
	public static function region_of_sns_host( string $host ): ?string {
		if ( ! str_starts_with( $host, 'sns.' ) ) {
			return null;
		}
		$rest = substr( $host, 4 );
		if ( str_ends_with( $rest, '.amazonaws.com.cn' ) ) {
			$region = substr( $rest, 0, -strlen( '.amazonaws.com.cn' ) );
			$china  = true;
		} elseif ( str_ends_with( $rest, '.amazonaws.com' ) ) {
			$region = substr( $rest, 0, -strlen( '.amazonaws.com' ) );
			$china  = false;
		} else {
			return null;
		}
		return self::is_region( $region ) && str_starts_with( $region, 'cn-' ) === $china ? $region : null;
	}

	/**
	 * Rule 4: the SigningCertURL must be exactly
	 * `https://sns.<region>.amazonaws.com[.cn]/SimpleNotificationService-<32 hex>.pem`,
	 * the region the topic's.
	 *
	 * @param string $url          The SigningCertURL.
	 * @param string $topic_region The region of the message's TopicArn.
	 * @return string The URL's region.
	 * @throws Failure When it is not such a URL.
	 */
	public static function check_certificate_url( string $url, string $topic_region ): string {
		if ( strlen( $url ) > 200 ) {
			throw Failure::invalid_cert_url( 'it is too long' );
		}
		$why = array(
			'%'  => 'it contains a percent-escape',
			';'  => 'it contains a semicolon',
			'\\' => 'it contains a backslash',
			'@'  => 'it contains user information',
			'?'  => 'it has a query',
			'#'  => 'it has a fragment',
		);
		$length = strlen( $url );
		for ( $i = 0; $i < $length; $i++ ) {
			$byte = ord( $url[ $i ] );
			if ( in_array( $byte, array( 0x20, 0x09, 0x0a, 0x0c, 0x0d ), true ) ) {
				throw Failure::invalid_cert_url( 'it contains white space' );
			}
			if ( $byte < 0x21 || $byte > 0x7e ) {
				throw Failure::invalid_cert_url( 'it contains a byte that is not printable ASCII' );
			}
			if ( isset( $why[ $url[ $i ] ] ) ) {
				throw Failure::invalid_cert_url( $why[ $url[ $i ] ] );
			}
		}
		if ( ! str_starts_with( $url, 'https://' ) ) {
			throw Failure::invalid_cert_url( 'it does not start with https://' );
		}
		$rest  = substr( $url, 8 );
		$slash = strpos( $rest, '/' );
		if ( false === $slash ) {
			throw Failure::invalid_cert_url( 'it has no path' );
		}
		$host = substr( $rest, 0, $slash );
		$path = substr( $rest, $slash );
		if ( str_contains( $host, ':' ) ) {
			throw Failure::invalid_cert_url( 'it names a port' );
		}
		$region = self::region_of_sns_host( $host );
		if ( null === $region ) {
			throw Failure::invalid_cert_url( 'its host is not sns.<region>.amazonaws.com' );
		}
		if ( $region !== $topic_region ) {
			throw Failure::invalid_cert_url( 'its region is not the region of the topic' );
		}
		$prefix = '/SimpleNotificationService-';
		if ( ! str_starts_with( $path, $prefix ) || ! str_ends_with( $path, '.pem' ) || strlen( $path ) < strlen( $prefix ) + 4 ) {
			throw Failure::invalid_cert_url( 'its path is not /SimpleNotificationService-<id>.pem' );
		}
		if ( 1 !== preg_match( '/^[0-9a-f]{32}$/D', substr( $path, strlen( $prefix ), -4 ) ) ) {
			throw Failure::invalid_cert_url( 'its certificate id is not 32 lower-case hex digits' );
		}
		return $region;
	}

	/**
	 * Rule 10: only the ConfirmSubscription call for the message's own topic,
	 * region and token may be visited.
	 *
	 * @param string $url       The SubscribeURL.
	 * @param string $topic_arn The message's TopicArn.
	 * @param string $token     The message's Token.
	 * @throws Failure When it is anything else.
	 */
	public static function check_subscribe_url( string $url, string $topic_arn, string $token ): void {
		$topic_region = self::topic_region( $topic_arn );
		if ( null === $topic_region ) {
			throw Failure::invalid_subscribe_url( 'the TopicArn is not an SNS topic' );
		}
		if ( 1 === preg_match( '/[^\x21-\x7e]/', $url ) ) {
			throw Failure::invalid_subscribe_url( 'it contains white space or non-ASCII bytes' );
		}
		if ( strpbrk( $url, '#\\@;' ) !== false ) {
			throw Failure::invalid_subscribe_url( 'it contains a fragment, userinfo or separator' );
		}
		if ( ! str_starts_with( $url, 'https://' ) ) {
			throw Failure::invalid_subscribe_url( 'it does not start with https://' );
		}
		$rest = substr( $url, 8 );
		$at   = strpos( $rest, '/?' );
		if ( false === $at ) {
			throw Failure::invalid_subscribe_url( 'its path is not / with a query' );
		}
		$host  = substr( $rest, 0, $at );
		$query = substr( $rest, $at + 2 );
		if ( str_contains( $host, ':' ) || str_contains( $host, '/' ) ) {
			throw Failure::invalid_subscribe_url( 'it names a port or another path' );
		}
		$region = self::region_of_sns_host( $host );
		if ( null === $region ) {
			throw Failure::invalid_subscribe_url( 'its host is not sns.<region>.amazonaws.com' );
		}
		if ( $region !== $topic_region ) {
			throw Failure::invalid_subscribe_url( 'its region is not the region of the topic' );
		}
		$values = array();
		foreach ( explode( '&', $query ) as $pair ) {
			$equals = strpos( $pair, '=' );
			if ( false === $equals ) {
				throw Failure::invalid_subscribe_url( 'its query has a parameter without a value' );
			}
			$name  = substr( $pair, 0, $equals );
			$value = self::percent_decode( substr( $pair, $equals + 1 ) );
			if ( null === $value ) {
				throw Failure::invalid_subscribe_url( 'its query has a bad escape' );
			}
			if ( ! in_array( $name, array( 'Action', 'TopicArn', 'Token' ), true ) ) {
				throw Failure::invalid_subscribe_url( 'its query has a parameter SNS does not send' );
			}
			if ( array_key_exists( $name, $values ) ) {
				throw Failure::invalid_subscribe_url( 'its query repeats a parameter' );
			}
			$values[ $name ] = $value;
		}
		if ( 'ConfirmSubscription' !== ( $values['Action'] ?? null ) ) {
			throw Failure::invalid_subscribe_url( 'its Action is not ConfirmSubscription' );
		}
		if ( ( $values['TopicArn'] ?? null ) !== $topic_arn ) {
			throw Failure::invalid_subscribe_url( "its TopicArn is not the message's" );
		}
		if ( ( $values['Token'] ?? null ) !== $token ) {
			throw Failure::invalid_subscribe_url( "its Token is not the message's" );
		}
	}

	/**
	 * `%XX` decoding (`+` stays `+`); null for a bad escape or a result that
	 * is not UTF-8.
	 *
	 * @param string $text A query value.
	 */
	private static function percent_decode( string $text ): ?string {
		if ( 1 === preg_match( '/%(?![0-9A-Fa-f]{2})/', $text ) ) {
			return null;
		}
		$decoded = rawurldecode( $text );
		return Text::is_utf8( $decoded ) ? $decoded : null;
	}

	/**
	 * The SubscriptionArn of a ConfirmSubscription answer; it must be a
	 * subscription of $topic_arn.
	 *
	 * @param string $answer    The answer's body.
	 * @param string $topic_arn The confirmed topic.
	 * @throws Failure When the answer has none, or another one.
	 */
	public static function subscription_arn_from_answer( string $answer, string $topic_arn ): string {
		if ( ! Text::is_utf8( $answer ) ) {
			throw Failure::confirmation_failed( 'the answer is not text' );
		}
		$open  = '<SubscriptionArn>';
		$start = strpos( $answer, $open );
		$end   = false === $start ? false : strpos( $answer, '</SubscriptionArn>', $start + strlen( $open ) );
		if ( false === $start || false === $end ) {
			throw Failure::confirmation_failed( 'the answer has no SubscriptionArn' );
		}
		$arn = Text::trim( substr( $answer, $start + strlen( $open ), $end - $start - strlen( $open ) ) );
		if ( ! str_starts_with( $arn, $topic_arn . ':' ) ) {
			throw Failure::confirmation_failed( 'the SubscriptionArn is not one of this topic' );
		}
		if ( 1 !== preg_match( '/^[A-Za-z0-9-]{1,64}$/D', substr( $arn, strlen( $topic_arn ) + 1 ) ) ) {
			throw Failure::confirmation_failed( 'the SubscriptionArn is malformed' );
		}
		return $arn;
	}
}

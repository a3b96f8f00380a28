<?php
/**
 * `$request`, read the way the extension reads it (ext/src/php.rs): a wrong
 * type is a TypeError, a bad value or unknown key a ValueError.
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * Reads one request array into the handler's settings.
 */
final class RequestReader {

	private string $function;

	public function __construct( string $function ) {
		$this->function = $function;
	}

	/**
	 * @param array<mixed> $array The `$request` argument.
	 * @return array{key: ?string, expected_key: string, headers: array{message_type: ?string, topic_arn: ?string, raw_delivery: ?string}, allowed_topics: string[], confirm: bool, now: int, max_age: int, min_signature_version: int}
	 * @throws \TypeError|\ValueError
	 */
	public function read( array $array ): array {
		$request      = array(
			'key'                   => null,
			'expected_key'          => '',
			'headers'               => array(
				'message_type' => null,
				'topic_arn'    => null,
				'raw_delivery' => null,
			),
			'allowed_topics'        => array(),
			'confirm'               => true,
			'now'                   => time(),
			'max_age'               => Handler::DEFAULT_MAX_AGE,
			'min_signature_version' => 1,
		);
		$has_expected = false;
		foreach ( $array as $name => $value ) {
			if ( ! is_string( $name ) ) {
				throw $this->value_error( 'must have string keys' );
			}
			switch ( $name ) {
				case 'key':
					$request['key'] = null === $value ? null : $this->string( $value, 'key' );
					break;
				case 'expected_key':
					$request['expected_key'] = $this->string( $value, 'expected_key' );
					$has_expected            = true;
					break;
				case 'headers':
					$request['headers'] = $this->headers( $value );
					break;
				case 'allowed_topics':
					if ( ! is_array( $value ) ) {
						throw $this->type_error( 'allowed_topics', 'array', $value );
					}
					$request['allowed_topics'] = array_map( fn( $topic ): string => Text::lossy( $this->string( $topic, 'allowed_topics' ) ), array_values( $value ) );
					break;
				case 'confirm':
					if ( ! is_bool( $value ) ) {
						throw $this->type_error( 'confirm', 'bool', $value );
					}
					$request['confirm'] = $value;
					break;
				case 'now':
					$request['now'] = $this->nullable_int( $value, 'now' ) ?? $request['now'];
					break;
				case 'max_age':
					$max_age = $this->nullable_int( $value, 'max_age' );
					if ( null !== $max_age && ( $max_age < 0 || $max_age > Handler::MAX_QUEUED_AGE ) ) {
						throw $this->value_error( 'key "max_age" must be between 0 and ' . Handler::MAX_QUEUED_AGE );
					}
					$request['max_age'] = $max_age ?? $request['max_age'];
					break;
				case 'min_signature_version':
					$version = $this->nullable_int( $value, 'min_signature_version' );
					if ( null !== $version && 1 !== $version && 2 !== $version ) {
						throw $this->value_error( 'key "min_signature_version" must be 1 or 2' );
					}
					$request['min_signature_version'] = $version ?? 1;
					break;
				default:
					throw $this->value_error( 'must contain only the keys key, expected_key, headers, allowed_topics, confirm, now, max_age and min_signature_version' );
			}
		}
		if ( ! $has_expected ) {
			throw $this->value_error( 'must contain the key "expected_key"' );
		}
		return $request;
	}

	/**
	 * The three x-amz-sns-* headers, names case-insensitive, also as
	 * $_SERVER spells them (HTTP_X_AMZ_SNS_...).
	 *
	 * @param mixed $value The `headers` value.
	 * @return array{message_type: ?string, topic_arn: ?string, raw_delivery: ?string}
	 * @throws \TypeError
	 */
	private function headers( $value ): array {
		if ( ! is_array( $value ) ) {
			throw $this->type_error( 'headers', 'array', $value );
		}
		$slots   = array(
			'x-amz-sns-message-type' => 'message_type',
			'x-amz-sns-topic-arn'    => 'topic_arn',
			'x-amz-sns-rawdelivery'  => 'raw_delivery',
		);
		$headers = array(
			'message_type' => null,
			'topic_arn'    => null,
			'raw_delivery' => null,
		);
		foreach ( $value as $name => $item ) {
			if ( ! is_string( $name ) ) {
				continue;
			}
			$name = str_replace( '_', '-', Text::ascii_lowercase( $name ) );
			while ( str_starts_with( $name, 'http-' ) ) {
				$name = substr( $name, 5 );
			}
			if ( isset( $slots[ $name ] ) ) {
				$headers[ $slots[ $name ] ] = Text::lossy( $this->string( $item, 'headers' ) );
			}
		}
		return $headers;
	}

	/**
	 * @param mixed $value A value.
	 * @throws \TypeError When it is not a string.
	 */
	private function string( $value, string $key ): string {
		if ( ! is_string( $value ) ) {
			throw $this->type_error( $key, 'string', $value );
		}
		return $value;
	}

	/**
	 * @param mixed $value A value.
	 * @throws \TypeError When it is neither null nor an int.
	 */
	private function nullable_int( $value, string $key ): ?int {
		if ( null !== $value && ! is_int( $value ) ) {
			throw $this->type_error( $key, '?int', $value );
		}
		return $value;
	}

	/**
	 * @param mixed $value The value given.
	 */
	private function type_error( string $key, string $expected, $value ): \TypeError {
		return new \TypeError( "{$this->function}(): Argument #2 (\$request) key \"{$key}\" must be of type {$expected}, " . Handler::type_name( $value ) . ' given' );
	}

	private function value_error( string $what ): \ValueError {
		return new \ValueError( "{$this->function}(): Argument #2 (\$request) {$what}" );
	}

	/**
	 * Too many arguments are an ArgumentCountError, as for the extension's
	 * functions (a PHP function ignores extra arguments silently).
	 *
	 * @param string $function The function's name.
	 * @param int    $given    func_num_args().
	 * @param int    $most     Its parameters.
	 * @param string $expects  What it expects, as PHP words it ("at most 2 arguments").
	 * @throws \ArgumentCountError When $given is more than $most.
	 */
	public static function check_argument_count( string $function, int $given, int $most, string $expects ): void {
		if ( $given > $most ) {
			throw new \ArgumentCountError( "{$function}() expects {$expects}, {$given} given" );
		}
	}
}

<?php
/**
 * Runs a separate `php` process (no php.ini, the extension loaded by path)
 * for what one process cannot show about itself: `php --ri`, `php --re`, and
 * other values of the system-level directives.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class PhpProcess {
	/**
	 * @param array<string,string> $ini  -d name=value, after extension=<QUILLCRM_SO>.
	 * @param list<string>         $args the rest of the command line.
	 * @return array{exit:int,stdout:string,stderr:string}
	 */
	public static function run( array $ini, array $args ): array {
		$command = array( PHP_BINARY, '-n', '-d', 'extension=' . getenv( 'QUILLCRM_SO' ) );
		foreach ( $ini as $name => $value ) {
			$command[] = '-d';
			$command[] = "$name=$value";
		}
		$process = proc_open( array_merge( $command, $args ), array( 1 => array( 'pipe', 'w' ), 2 => array( 'pipe', 'w' ) ), $pipes );
		if ( ! is_resource( $process ) ) {
			throw new \RuntimeException( 'cannot start ' . PHP_BINARY );
		}
		$stdout = (string) stream_get_contents( $pipes[1] );
		$stderr = (string) stream_get_contents( $pipes[2] );
		fclose( $pipes[1] );
		fclose( $pipes[2] );
		return array( 'exit' => proc_close( $process ), 'stdout' => $stdout, 'stderr' => $stderr );
	}

	/**
	 * Runs $code (without "<?php") and returns what it printed.
	 *
	 * @param array<string,string> $ini
	 * @return array{exit:int,stdout:string,stderr:string}
	 */
	public static function code( array $ini, string $code ): array {
		return self::run( $ini, array( '-r', $code ) );
	}
}
